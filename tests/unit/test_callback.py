"""One codec for what buttons send back, and the buttons declared stateless."""

from __future__ import annotations

from conversations import callback
from conversations import journey as flow
from conversations.stateless import STATELESS


def test_values_are_a_prefix_and_parts() -> None:
    value = callback.value("f", 12, "yes")
    assert value == "f:12:yes" and callback.prefix_of(value) == "f"
    assert callback.parts(value, 2) == ("12", "yes")
    assert callback.parts("j:stage", 2) == ("stage", "")
    assert callback.parts("e:field:7:linkedin", 2) == ("field", "7:linkedin")
    assert callback.question_of("mood:d:3") == "mood:d"


def test_stateless_buttons_are_declared_by_their_features() -> None:
    assert "mood:d:3" in STATELESS and "mood:c:3" not in STATELESS
    assert "f:12:yes" in STATELESS and "r:off" in STATELESS and "r:on" not in STATELESS
    assert flow.RESUME_CHOICE in STATELESS and "d:confirm_all" not in STATELESS
    assert "s:ground" in STATELESS and "s:safe" not in STATELESS


def test_the_presenter_names_no_feature_s_choices() -> None:
    from pathlib import Path

    source = (Path(__file__).parents[2] / "bot" / "presenter.py").read_text(encoding="utf-8")
    assert '"r:off"' not in source and '"g:continue"' not in source and '"f:"' not in source
