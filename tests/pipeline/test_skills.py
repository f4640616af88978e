"""Skill extraction: canonical names, offsets, one hit per skill, ambiguous names in context."""

import pytest

from pipeline.skills import extract_skills, skills


def names(title: str, text: str) -> list[str]:
    return [hit.name for hit in extract_skills(title, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Build RAG pipelines with LangChain and LlamaIndex", ["RAG", "LangChain", "LlamaIndex"]),
        ("Serve models with vLLM on AWS and GCP", ["vLLM", "AWS", "GCP"]),
        ("Experience with openai, claude and anthropic APIs", ["OpenAI", "Claude", "Anthropic"]),
        ("Hugging Face, PyTorch, TensorFlow, JAX",
         ["Hugging Face", "PyTorch", "TensorFlow", "JAX"]),
        ("Pinecone, Weaviate, Milvus, Qdrant, Chroma or pgvector",
         ["Pinecone", "Weaviate", "Milvus", "Qdrant", "Chroma", "pgvector"]),
        ("MLflow and Weights & Biases; Kubeflow; Feast or Tecton",
         ["MLflow", "Weights & Biases", "Kubeflow", "Feast", "Tecton"]),
        ("scikit-learn, XGBoost, Apache Spark, Airflow, dbt",
         ["scikit-learn", "XGBoost", "Spark", "Airflow", "dbt"]),
        ("Snowflake, Databricks, BigQuery, Kafka, Ray", ["Snowflake", "Databricks", "BigQuery",
                                                          "Kafka", "Ray"]),
        ("SageMaker or Vertex AI on Azure", ["SageMaker", "Vertex AI", "Azure"]),
        ("Kubernetes (k8s), Docker, Terraform", ["Kubernetes", "Docker", "Terraform"]),
        ("Python, SQL, TypeScript, JavaScript, React", ["Python", "SQL", "TypeScript",
                                                         "JavaScript", "React"]),
        ("Java, Scala, C++, Go, Rust, R", ["Java", "Scala", "C++", "Go", "Rust", "R"]),
        ("fine-tuning with LoRA; prompt engineering; AI agents",
         ["Fine-tuning", "LoRA", "Prompt Engineering", "AI Agents"]),
        ("Golang microservices", ["Go", "Microservices"]),
        ("We write services in Go.", ["Go"]),
        ("Strong skills in R and Python", ["R", "Python"]),
        ("C/C++ firmware", ["C", "C++"]),
        ("Spark jobs and Excel spreadsheets", ["Spark", "Excel"]),
    ],
)  # fmt: skip
def test_finds_skills_with_canonical_names(text: str, expected: list[str]) -> None:
    assert names("", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Own our go-to-market motion and go above and beyond.",
        "Our R&D team ships weekly.",
        "You excel at communication.",
        "Let's go!",
        "We raised a Series C round.",
        "Our C-level executives and the C-suite.",
        "Sparks will fly; the rust on the gate.",
        "A rag and a feast for the senses.",
        "Swift decisions, lead by example.",
    ],
)
def test_ambiguous_words_outside_a_technical_context_are_not_skills(text: str) -> None:
    assert names("", text) == []


def test_offsets_point_into_title_newline_description() -> None:
    title, text = "Senior Python Engineer", "We use AWS, and Python again."
    full = title + "\n" + text
    hits = extract_skills(title, text)
    assert [(h.id, h.name) for h in hits] == [("python", "Python"), ("aws", "AWS")]
    for hit in hits:
        assert full[hit.start : hit.end] == hit.text
    assert hits[0].start == 7  # first mention is kept, in the title


def test_each_skill_once_and_text_keeps_the_source_spelling() -> None:
    hits = extract_skills("", "retrieval-augmented generation (RAG) and more RAG")
    assert [(h.name, h.text) for h in hits] == [("RAG", "retrieval-augmented generation")]


def test_taxonomy_size_and_display_names() -> None:
    by_id = {s.id: s.name for s in skills()}
    assert len(by_id) >= 200
    expected = {"rag": "RAG", "aws": "AWS", "openai": "OpenAI", "pytorch": "PyTorch",
                "gcp": "GCP", "ai_agents": "AI Agents"}  # fmt: skip
    assert {k: by_id[k] for k in expected} == expected


def test_no_description_still_matches_title() -> None:
    assert names("LangChain Developer", None) == ["LangChain"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RAG-based assistants", ["RAG"]),
        ("Ship RAG systems", ["RAG"]),
        ("python, go, rust", ["Python", "Go", "Rust"]),  # a lower-case list is still a list
    ],
)
def test_context_forms(text: str, expected: list[str]) -> None:
    assert names("", text) == expected
