using ServerStatus.Application.Common.Ports;
using ServerStatus.TestSupport.Contracts;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Contracts;

public sealed class InMemoryAuditLogContractTests : AuditLogContract
{
    private readonly InMemoryAuditLog _log = new();

    protected override IAuditLog Log() => _log;
}
