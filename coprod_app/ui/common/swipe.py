"""How a finger's swipe scrolls the participant screen's lists, without ever choosing what it starts on."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QScroller, QScrollerProperties


def swipe_scrolling(area: QScrollArea) -> None:
    """A swipe (finger or held left mouse button) scrolls `area` with momentum and never taps a card.

    For lists of things to tap (cards, rank places, the rating strip). The left-button gesture, not
    Qt's touch one: a touch Qt turns into a mouse press reaches it as well, and when the scroll
    starts Qt ends the card's press outside the card, so the card is not chosen. With the touch
    gesture a swipe scrolled the list and chose the card it started on.
    """
    viewport = area.viewport()
    QScroller.grabGesture(viewport, QScroller.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    properties = scroller.scrollerProperties()
    for policy in (
        QScrollerProperties.HorizontalOvershootPolicy,
        QScrollerProperties.VerticalOvershootPolicy,
    ):
        properties.setScrollMetric(policy, QScrollerProperties.OvershootAlwaysOff)  # no bounce: calm
    scroller.setScrollerProperties(properties)


def touch_scrolling(area: QScrollArea) -> None:
    """A finger's swipe scrolls `area` with momentum; for pages with nothing to tap in what scrolls.

    Only touch: a mouse still clicks and drags the scroll bar as it always did.
    """
    QScroller.grabGesture(area.viewport(), QScroller.TouchGesture)
