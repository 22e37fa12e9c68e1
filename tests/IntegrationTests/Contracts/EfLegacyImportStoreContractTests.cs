using Microsoft.EntityFrameworkCore;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Permissions.ImportLegacyPermissions;
using ServerStatus.Domain.Permissions;
using ServerStatus.Infrastructure.Persistence;
using ServerStatus.IntegrationTests.Fixtures;
using ServerStatus.TestSupport.Contracts;

namespace ServerStatus.IntegrationTests.Contracts;

/// <summary><see cref="LegacyImportStoreContract"/> for the EF store on a real SQLite file created by our migrations.</summary>
public sealed class EfLegacyImportStoreContractTests(ContractDatabase database) : LegacyImportStoreContract, IClassFixture<ContractDatabase>
{
    protected override ILegacyImportStore Store() => database.Fresh<ILegacyImportStore>();

    protected override Task<LegacyImport?> RecordOfAsync(string fileHash) =>
        database.Fresh<ServerStatusDbContext>().LegacyImports.AsNoTracking().SingleOrDefaultAsync(i => i.FileHash == fileHash);
}
