"""How skills are written in postings, and requirement bullets that mention them."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import random

# Display name -> ways postings write it (the first is the canonical spelling).
FORMS: dict[str, tuple[str, ...]] = {
    "Python": ("Python",),
    "PyTorch": ("PyTorch", "PyTorch", "Pytorch"),
    "TensorFlow": ("TensorFlow",),
    "AWS": ("AWS", "AWS", "Amazon Web Services (AWS)", "AWS (SageMaker, S3, EC2)"),
    "GCP": ("GCP", "Google Cloud Platform", "Google Cloud (GCP)"),
    "Azure": ("Azure", "Microsoft Azure"),
    "Kubernetes": ("Kubernetes", "Kubernetes", "k8s", "Kubernetes (EKS/GKE)"),
    "Docker": ("Docker", "Docker containers"),
    "RAG": ("RAG", "retrieval-augmented generation (RAG)", "RAG pipelines"),
    "OpenAI": ("OpenAI APIs", "the OpenAI API", "OpenAI"),
    "Claude": ("Claude", "Anthropic's Claude models"),
    "Hugging Face": ("Hugging Face", "Hugging Face Transformers"),
    "Weights & Biases": ("Weights & Biases", "W&B"),
    "Airflow": ("Airflow", "Apache Airflow"),
    "Spark": ("Spark", "Apache Spark", "PySpark"),
    "Kafka": ("Kafka", "Apache Kafka"),
    "Go": ("Go", "Golang"),
    "Node.js": ("Node.js", "Node"),
    "PostgreSQL": ("PostgreSQL", "Postgres"),
    "vector databases": (
        "vector databases (Pinecone, Weaviate, pgvector)",
        "vector databases such as Pinecone or pgvector",
        "a vector store (Weaviate, Pinecone)",
    ),
    "fine-tuning": ("fine-tuning", "LLM fine-tuning (LoRA, QLoRA)"),
    "AI agents": ("AI agents", "agentic workflows and AI agents"),
    "Excel": ("Excel", "Microsoft Excel"),
}

_ONE = (
    "Strong proficiency in {0}",
    "Production experience with {0}",
    "Deep familiarity with {0}",
)
_TWO = (
    "Hands-on experience with {0} and {1}",
    "You have shipped production work using {0} and {1}",
    "Solid experience with {0} and {1}",
)
_THREE = (
    "Experience with {0}, {1}, or {2}",
    "Comfortable across {0}, {1} and {2}",
)
_NICE = (
    "Exposure to {0}",
    "Experience with {0} is a plus",
    "Bonus: you have used {0}",
)


def written(skill: str, rng: random.Random) -> str:
    """One way a posting writes the skill."""
    return rng.choice(FORMS.get(skill, (skill,)))


def pick_skills(weights: tuple[tuple[str, float], ...], rng: random.Random) -> list[str]:
    """Skills one posting mentions, drawn independently with the role's probabilities."""
    chosen = [name for name, p in weights if rng.random() < p]
    rng.shuffle(chosen)
    return chosen


def skill_bullets(skills: list[str], rng: random.Random) -> tuple[list[str], list[str]]:
    """(requirement bullets, nice-to-have bullets) mentioning every skill exactly once."""
    cut = max(1, round(len(skills) * 0.7)) if skills else 0
    required, nice = skills[:cut], skills[cut:]
    bullets: list[str] = []
    while required:
        size = min(len(required), rng.choice((1, 2, 2, 3)))
        group, required = required[:size], required[size:]
        template = rng.choice((_ONE, _TWO, _THREE)[size - 1])
        bullets.append(template.format(*(written(s, rng) for s in group)))
    extras = [rng.choice(_NICE).format(written(s, rng)) for s in nice]
    return bullets, extras
