"""Accuracy of the classifiers on labeled third-party data and on the project's gold set."""

from jobwatch.pipeline.evaluation.measures import DatasetResult, Measure
from jobwatch.pipeline.evaluation.run import DATASETS, default_data_dir, evaluate

__all__ = ["DATASETS", "DatasetResult", "Measure", "default_data_dir", "evaluate"]
