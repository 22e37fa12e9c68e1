using ServerStatus.Application.Bot.Outbox;
using ServerStatus.TestSupport.Contracts;

namespace ServerStatus.IntegrationTests.Contracts;

/// <summary><see cref="ReplyOutboxContract"/> for the EF outbox on a real SQLite file created by our migrations.</summary>
public sealed class EfReplyOutboxContractTests(ContractDatabase database) : ReplyOutboxContract, IClassFixture<ContractDatabase>
{
    protected override IReplyOutbox Outbox() => database.Fresh<IReplyOutbox>();
}
