"""Data roles: data scientist, data engineer, analytics engineer, data analyst."""

from __future__ import annotations

from tools.sample.synth.roles import RoleSpec

# fmt: off
ROLES: tuple[RoleSpec, ...] = (
    RoleSpec(
        "ds", "Data Scientist", 30,
        ("Data Scientist", "Data Scientist", "Data Scientist, Growth", "Data Scientist - Risk",
         "Product Data Scientist"),
        "Head of Data Science", "junior", ("Data Science", "Analytics"),
        (("Python", 0.85), ("SQL", 0.82), ("R", 0.35), ("pandas", 0.3), ("scikit-learn", 0.3),
         ("Spark", 0.2), ("Snowflake", 0.18), ("Tableau", 0.15), ("AWS", 0.12), ("XGBoost", 0.15)),
        160_000, 0.3, 0.5, "data science or quantitative analysis",
        "turn our data into decisions, from experiment design to the models behind them",
        ("Design and analyse A/B tests for product and pricing changes",
         "Build forecasting and propensity models that teams act on",
         "Define metrics and keep them honest as the product changes",
         "Present findings to leadership in plain language"),
    ),
    RoleSpec(
        "de", "Data Engineer", 24,
        ("Data Engineer", "Data Engineer, Platform", "Data Engineer - Streaming",
         "Big Data Engineer"),
        "", "balanced", ("Data Platform", "Data"),
        (("SQL", 0.85), ("Python", 0.8), ("Spark", 0.55), ("Airflow", 0.5), ("dbt", 0.4),
         ("Snowflake", 0.35), ("Kafka", 0.35), ("AWS", 0.4), ("Databricks", 0.2), ("Scala", 0.15),
         ("Terraform", 0.1)),
        160_000, 0.3, 0.5, "data engineering",
        "build the pipelines and warehouse that every team and every model depends on",
        ("Build batch and streaming pipelines with clear ownership and SLAs",
         "Model data in the warehouse so analysts can self-serve",
         "Own data quality checks, lineage and alerting",
         "Cut pipeline cost and runtime as volumes grow"),
    ),
    RoleSpec(
        "anaeng", "Analytics Engineer", 7,
        ("Analytics Engineer", "Analytics Engineer, Finance"),
        "", "balanced", ("Data", "Analytics"),
        (("SQL", 0.95), ("dbt", 0.8), ("Snowflake", 0.5), ("Looker", 0.4), ("Python", 0.4),
         ("BigQuery", 0.25), ("Airflow", 0.2)),
        150_000, 0.35, 0.5, "analytics engineering or BI",
        "own the models in our warehouse that turn raw events into trusted metrics",
        ("Build and test dbt models for finance and product metrics",
         "Document metric definitions and keep dashboards consistent",
         "Partner with data engineers on source freshness and quality"),
    ),
    RoleSpec(
        "da", "Data Analyst", 10,
        ("Data Analyst", "Data Analyst - Marketing", "Data Analyst, Operations"),
        "", "junior", ("Analytics", "Operations"),
        (("SQL", 0.9), ("Excel", 0.6), ("Tableau", 0.4), ("Python", 0.35), ("Looker", 0.25),
         ("Power BI", 0.2)),
        105_000, 0.3, 0.5, "analytics",
        "answer the business's questions with data and make the answers easy to use",
        ("Build dashboards and recurring reports for operations and marketing",
         "Dig into anomalies and explain what changed and why",
         "Support planning with sizing and scenario analyses"),
    ),
)
# fmt: on
