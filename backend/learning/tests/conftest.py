# The small curriculum with two exercise templates on `vectors`, and a signed-in learner, as the
# exercise tests use them.
from exercises.tests.conftest import client, exercises_dir, learner, loaded_exercises

__all__ = ["client", "exercises_dir", "learner", "loaded_exercises"]
