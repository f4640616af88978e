"""Product, prompt and solutions roles, plus non-AI roles that must get no role at all."""

from __future__ import annotations

from tools.sample.synth.roles import RoleSpec

_NO_SKILLS: tuple[tuple[str, float], ...] = (("Excel", 0.2), ("Salesforce", 0.3))

# fmt: off
ROLES: tuple[RoleSpec, ...] = (
    RoleSpec(
        "aipm", "AI Product Manager", 9,
        ("AI Product Manager", "Product Manager, AI", "Product Manager - Machine Learning",
         "Technical Product Manager, LLM Products"),
        "Head of AI Products", "senior", ("Product",),
        (("SQL", 0.4), ("OpenAI", 0.35), ("Claude", 0.25), ("prompt engineering", 0.3),
         ("RAG", 0.25), ("AI agents", 0.2)),
        185_000, 0.2, 0.6, "product management",
        "decide what we build with AI and why, and bring it to market",
        ("Own the roadmap for AI features from discovery to launch",
         "Partner with sales on go-to-market plans for new AI capabilities",
         "Define evaluation criteria with engineering and research",
         "Talk to customers every week and turn what you hear into specs"),
    ),
    RoleSpec(
        "prompt", "Prompt Engineer", 3,
        ("Prompt Engineer", "Prompt Engineer (Contract)"),
        "", "balanced", ("AI Products",),
        (("prompt engineering", 0.95), ("Claude", 0.6), ("OpenAI", 0.6), ("Python", 0.5),
         ("LangChain", 0.3)),
        150_000, 0.5, 0.8, "prompt design or technical writing",
        "design, test and maintain the prompts behind our AI features",
        ("Write and version prompts for tutoring and writing features",
         "Build evaluation sets and grade model outputs at scale",
         "Work with engineers on guardrails and fallbacks"),
    ),
    RoleSpec(
        "solarch", "AI Solutions Architect", 6,
        ("AI Solutions Architect", "Solutions Architect - GenAI",
         "Solutions Architect, AI Platform"),
        "", "senior", ("Sales Engineering", "Field Engineering"),
        (("AWS", 0.7), ("Azure", 0.5), ("GCP", 0.5), ("Kubernetes", 0.45), ("Python", 0.6),
         ("RAG", 0.35), ("LangChain", 0.2)),
        165_000, 0.5, 0.8, "customer-facing technical roles",
        "help customers design and launch AI workloads on our platform",
        ("Lead technical discovery and architecture sessions with customers",
         "Build proofs of concept and reference architectures",
         "Partner with account teams on go-to-market strategy for key accounts"),
    ),
    RoleSpec(
        "sales", None, 6,
        ("Account Executive", "Enterprise Account Executive", "Account Executive, AI Solutions",
         "Mid-Market Account Executive"),
        "", "fixed", ("Sales",), _NO_SKILLS, 90_000, 0.4, 0.7, "B2B sales",
        "win new customers and grow the accounts you close",
        ("Own the full sales cycle from first call to signature",
         "Build pipeline with marketing and go-to-market teams",
         "Forecast accurately and keep the CRM current"),
    ),
    RoleSpec(
        "recruit", None, 4,
        ("Recruiter", "Technical Recruiter, AI/ML", "Senior Recruiter"),
        "", "fixed", ("People", "Talent"), (("Greenhouse", 0.3),), 110_000, 0.4, 0.5,
        "full-cycle recruiting",
        "find and hire the people who will build the company with us",
        ("Run full-cycle searches with hiring managers",
         "Source candidates and keep the process warm and fast",
         "Report on funnel health and hiring plans"),
    ),
    RoleSpec(
        "ga", None, 4,
        ("Office Manager", "Staff Accountant", "Staff Accountant"),
        "", "fixed", ("G&A", "Finance"), (("Excel", 0.5), ("NetSuite", 0.3)), 78_000, 0.0, 0.5,
        "accounting or operations",
        "keep the office and the books running smoothly",
        ("Own month-end close tasks and reconciliations",
         "Coordinate vendors, facilities and office events",
         "Support audits and keep documentation tidy"),
    ),
    RoleSpec(
        "care", None, 4,
        ("Senior Care Coordinator", "Care Coordinator", "Senior Care Coordinator"),
        "", "fixed", ("Care Operations",), (), 68_000, 0.3, 0.6, "care coordination or nursing",
        "help members navigate their care and catch problems early",
        ("Build trusting relationships with a panel of members",
         "Coordinate appointments, medications and follow-ups",
         "Escalate clinical concerns to nurses and physicians"),
    ),
)
# fmt: on
