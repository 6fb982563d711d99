# The small curriculum with exercise templates on `vectors`, for the health check's answers.
from exercises.tests.conftest import exercises_dir, loaded_exercises

__all__ = ["exercises_dir", "loaded_exercises"]
