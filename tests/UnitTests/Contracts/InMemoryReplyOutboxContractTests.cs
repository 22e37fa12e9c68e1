using ServerStatus.Application.Bot.Outbox;
using ServerStatus.TestSupport.Contracts;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Contracts;

public sealed class InMemoryReplyOutboxContractTests : ReplyOutboxContract
{
    private readonly InMemoryReplyOutbox _outbox = new();

    protected override IReplyOutbox Outbox() => _outbox;
}
