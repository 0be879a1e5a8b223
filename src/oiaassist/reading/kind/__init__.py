"""What kind of letter it is: the act it performs now, from the evidence it gives.

Its own concern inside reading: :mod:`.signs` finds the signs the date finders do
not give, :mod:`.giving` weighs whether information is given now (a release or a
decision, OIA s 15(1); LGOIMA s 13(1)), :mod:`.rules` sorts the evidence by a fixed
precedence and :mod:`.model` weighs it by a small scorer fitted on the development
letters (its weights are the data files beside it). The reader needs only
:func:`classify` and :func:`evidence`; the benchmarks and tests reach the parts.
"""

from oiaassist.reading.kind.rules import LetterKind, Verdict, classify, outcome_of
from oiaassist.reading.kind.signs import KindEvidence, evidence, quoted_from

__all__ = [
    "KindEvidence",
    "LetterKind",
    "Verdict",
    "classify",
    "evidence",
    "outcome_of",
    "quoted_from",
]
