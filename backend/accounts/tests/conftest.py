# The small curriculum with the exercise templates on `vectors`, which fill_every_app uses.
from exercises.tests.conftest import exercises_dir, loaded_exercises

__all__ = ["exercises_dir", "loaded_exercises"]
