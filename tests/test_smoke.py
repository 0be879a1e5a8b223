from datetime import date

from oiaassist import extend_deadline, response_deadline


def test_seed_case() -> None:
    deadline = response_deadline(date(2024, 9, 13))
    assert deadline.due == date(2024, 10, 11)
    assert extend_deadline(deadline, working_days=45).due == date(2024, 12, 16)
