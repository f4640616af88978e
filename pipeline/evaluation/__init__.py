"""Accuracy of the classifiers on labeled data: the real gold set and third-party sets."""

from jobwatch.pipeline.evaluation.measures import DatasetResult, Measure
from jobwatch.pipeline.evaluation.run import DATASETS, evaluate

__all__ = ["DATASETS", "DatasetResult", "Measure", "evaluate"]
