import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field

Send = Callable[[str], Awaitable[None]]  # sends one notification to one recipient


@dataclass
class Report:
    sent: list[str] = field(default_factory=list)
    failed: dict[str, BaseException] = field(default_factory=dict)


async def notify_all(recipients: Sequence[str], send: Send) -> Report:
    """Send to every recipient concurrently; one failure does not stop the others."""
    outcomes = await asyncio.gather(
        *(send(r) for r in recipients), return_exceptions=True
    )
    report = Report()
    # gather() returns the outcomes in the order of its arguments, whatever order they finished in.
    for recipient, outcome in zip(recipients, outcomes, strict=True):
        # BaseException, not Exception: a send that was cancelled returns a CancelledError here.
        if isinstance(outcome, BaseException):
            report.failed[recipient] = outcome
        else:
            report.sent.append(recipient)
    return report


async def notify_all_or_raise(recipients: Sequence[str], send: Send) -> list[str]:
    """Like notify_all(), but every failure is raised at the end, together, in one group."""
    report = await notify_all(recipients, send)
    if report.failed:
        # BaseExceptionGroup() gives an ExceptionGroup when every error is an Exception;
        # ExceptionGroup() itself refuses a CancelledError (a BaseException) with a TypeError.
        raise BaseExceptionGroup(
            f"{len(report.failed)} of {len(recipients)} notifications failed",
            list(report.failed.values()),
        )
    return report.sent


async def notify_all_or_stop(recipients: Sequence[str], send: Send) -> None:
    """Stop at the first failure: the TaskGroup cancels the sends still running."""
    async with asyncio.TaskGroup() as tg:
        for recipient in recipients:
            tg.create_task(send(recipient))
