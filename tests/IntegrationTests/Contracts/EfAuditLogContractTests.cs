using ServerStatus.Application.Common.Ports;
using ServerStatus.IntegrationTests.Fixtures;
using ServerStatus.TestSupport.Contracts;

namespace ServerStatus.IntegrationTests.Contracts;

/// <summary><see cref="AuditLogContract"/> for the EF log on a real SQLite file created by our migrations.</summary>
public sealed class EfAuditLogContractTests(ContractDatabase database) : AuditLogContract, IClassFixture<ContractDatabase>
{
    protected override IAuditLog Log() => database.Fresh<IAuditLog>();
}
