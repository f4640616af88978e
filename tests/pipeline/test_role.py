"""Role classification: titles from the sample data, research/LLM tie rule, non-AI traps."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobwatch.pipeline import role as role_module
from jobwatch.pipeline.role import classify_role, roles

ROLE_NAMES = [
    "AI/ML Engineer",
    "AI Software Engineer",
    "MLOps Engineer",
    "Data Scientist",
    "ML/AI Research Scientist",
    "Data Engineer",
    "AI Product Manager",
    "Computer Vision Engineer",
    "NLP/LLM Engineer",
    "Prompt Engineer",
    "AI Solutions Architect",
    "Analytics Engineer",
    "Data Analyst",
    "Data Architect",
    "Data Governance Specialist",
]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Machine Learning Engineer", "AI/ML Engineer"),
        ("Senior ML Engineer", "AI/ML Engineer"),
        ("Applied ML Engineer", "AI/ML Engineer"),
        ("Staff ML Engineer, Ranking", "AI/ML Engineer"),
        ("Software Engineer, Machine Learning", "AI/ML Engineer"),
        ("AI/ML Engineer", "AI/ML Engineer"),
        ("Machine Learning Software Engineer", "AI/ML Engineer"),
        ("AI Engineer", "AI Software Engineer"),
        ("Software Engineer, AI", "AI Software Engineer"),
        ("Senior Software Engineer - AI Platform", "AI Software Engineer"),
        ("Full Stack Engineer (AI Products)", "AI Software Engineer"),
        ("AI Application Engineer", "AI Software Engineer"),
        ("Generative AI Engineer", "AI Software Engineer"),
        ("MLOps Engineer", "MLOps Engineer"),
        ("ML Platform Engineer", "MLOps Engineer"),
        ("ML Infrastructure Engineer", "MLOps Engineer"),
        ("Research Scientist", "ML/AI Research Scientist"),
        ("Research Engineer, LLMs", "ML/AI Research Scientist"),  # research wins over domain
        ("Research Scientist, Computer Vision", "ML/AI Research Scientist"),
        ("Applied Scientist II", "ML/AI Research Scientist"),
        ("Data Scientist", "Data Scientist"),
        ("Senior Data Scientist, Growth", "Data Scientist"),
        ("Data Engineer", "Data Engineer"),
        ("Big Data Engineer", "Data Engineer"),
        ("Product Manager, AI", "AI Product Manager"),
        ("Senior Product Manager - Machine Learning Platform", "AI Product Manager"),
        ("Computer Vision Engineer", "Computer Vision Engineer"),
        ("Perception Engineer", "Computer Vision Engineer"),
        ("NLP Engineer", "NLP/LLM Engineer"),
        ("LLM Engineer", "NLP/LLM Engineer"),
        ("Machine Learning Engineer, NLP", "NLP/LLM Engineer"),
        ("Prompt Engineer", "Prompt Engineer"),
        ("AI Solutions Architect", "AI Solutions Architect"),
        ("Solutions Architect, Generative AI", "AI Solutions Architect"),
        ("Analytics Engineer", "Analytics Engineer"),
        ("Data Analyst", "Data Analyst"),
        ("Marketing Data Analyst", "Data Analyst"),
        ("Business Intelligence Analyst", "Data Analyst"),
        ("Head of Machine Learning", "AI/ML Engineer"),
        ("Machine Learning Manager", "AI/ML Engineer"),
        ("Data Architect", "Data Architect"),
        ("Big Data Architect", "Data Architect"),  # architect beats "big data"
        ("Data Modeller", "Data Architect"),
        ("Data Quality Analyst", "Data Governance Specialist"),
        ("Master Data Specialist", "Data Governance Specialist"),
        ("Head of Data", "Data Governance Specialist"),
        ("Data Operations Engineer", "Data Engineer"),
        ("Cloud Database Engineer", "Data Engineer"),
        ("Insight Analyst", "Data Analyst"),
        ("Data Visualization Specialist", "Data Analyst"),
        ("Data Visualization Engineer", "Analytics Engineer"),
        ("Analytics Engineering Manager", "Analytics Engineer"),
        ("Research Intern - AI systems", "ML/AI Research Scientist"),
        # a hiring post names the job in the plural
        ("Data Engineers", "Data Engineer"),
        ("Senior Machine Learning Engineers", "AI/ML Engineer"),
        ("ML Researchers (NLP)", "ML/AI Research Scientist"),
        ("AI Research Intern", "ML/AI Research Scientist"),
        ("ALTERNANCE - Data & CRO Analyst F/H", "Data Analyst"),
        ("Data / IA analyst (H/F)", "Data Analyst"),
        ("Consultant Data Power BI (F/H)", "Data Analyst"),
        ("Tableau Specialist", "Data Analyst"),
    ],
)
def test_title_rules(title: str, expected: str) -> None:
    result = classify_role(title)
    assert result.role == expected
    assert result.confidence >= 0.9
    assert result.evidence
    assert result.evidence.startswith("title:")


@pytest.mark.parametrize(
    "title",
    [
        "Account Executive, AI Platform",
        "Recruiter, Machine Learning",
        "Technical Recruiter - AI/ML",
        "Machine Learning Recruiter",
        "Head of Sales, AI",
        "Product Marketing Manager, Generative AI",
        "UX Researcher, AI Products",
        "Staff Accountant",
        "Lead Generation Specialist",
        "Senior Care Assistant",
        "Data Entry Clerk",
        "Research Intern, Biology",  # research, but not in AI
        "Sales Leads Coordinator",  # a plural that is no head of the title
        "Data Entry and Billing Analyst",  # "data" is not the field named first
        "Head of Data Protection Compliance, Legal",  # the lead function is legal
        "Software Engineer",  # no AI/data in the title, and no description
        "",
    ],
)
def test_non_ai_titles_get_no_role(title: str) -> None:
    result = classify_role(title)
    assert result.role is None
    assert result.role_id is None
    assert result.confidence == 0.0


def test_description_evidence_classifies_a_generic_title_with_lower_confidence() -> None:
    text = "You will own model serving and model monitoring on Kubeflow, with MLflow tracking."
    result = classify_role("Software Engineer", text)
    assert result.role == "MLOps Engineer"
    assert 0.4 <= result.confidence < 0.9
    assert result.evidence
    assert "kubeflow" in result.evidence


REPORTING = "Build dashboards in Tableau and Power BI; own weekly reporting in Excel."


@pytest.mark.parametrize(
    ("title", "role"),
    [
        # a generic head, with level, layer or language words: the description decides
        ("Analyst", "Data Analyst"),
        ("Senior Software Engineer - Remote", "Data Analyst"),
        ("Java Developer II", "Data Analyst"),
        ("Backend Engineer (Contract)", "Data Analyst"),
        # a title that names its own work keeps it, whatever the description mentions
        ("SEO Analyst", None),
        ("Financial Analyst: Finance Rotation Program", None),
        ("Site Reliability Engineer", None),
        ("Support Engineer", None),
        ("Quant Developer", None),
    ],
)
def test_only_a_generic_title_takes_its_role_from_the_description(title, role) -> None:
    assert classify_role(title, REPORTING).role == role


def test_description_needs_two_terms_and_a_technical_title() -> None:
    assert classify_role("Software Engineer", "We use PyTorch.").role is None
    sales_text = "Sell our machine learning platform: PyTorch, TensorFlow and deep learning."
    assert classify_role("Account Executive", sales_text).role is None


def test_taxonomy_has_the_public_role_names() -> None:
    assert sorted(name for _, name in roles()) == sorted(ROLE_NAMES)


TITLE_PIECES = st.sampled_from(
    [
        *(
            "ai ",
            "ml ",
            "machine learning ",
            "data ",
            "senior ",
            "engineer",
            "scientist",
            "analyst",
        ),
        *("research ", "researcher", "prompt ", "product manager", "solutions architect", " - "),
        *("analytics ", "engineering", "nlp ", "computer vision", "llm", "ops", "platform ", ", "),
        *(
            "governance ",
            "architect",
            "developer",
            "bi ",
            "applied ",
            "mlops",
            "deep learning ",
            "/",
        ),
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(TITLE_PIECES, max_size=8).map("".join))
def test_title_words_rule_out_only_roles_whose_rules_cannot_match(title) -> None:
    roles = role_module._taxonomy()[0]
    for role, possible in zip(roles, role_module._title_words().possible(title), strict=True):
        assert possible or role.any_rule.search(title) is None, (role.id, title)
