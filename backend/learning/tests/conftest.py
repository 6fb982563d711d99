# The small curriculum with two exercise templates on `vectors`, as the exercise tests use it.
from exercises.tests.conftest import exercises_dir, loaded_exercises

__all__ = ["exercises_dir", "loaded_exercises"]
