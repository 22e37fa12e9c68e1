using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Permissions.ImportLegacyPermissions;
using ServerStatus.Domain.Permissions;
using ServerStatus.TestSupport.Contracts;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Contracts;

public sealed class InMemoryLegacyImportStoreContractTests : LegacyImportStoreContract
{
    private readonly InMemoryLegacyImportStore _store = new();

    protected override ILegacyImportStore Store() => _store;

    protected override Task<LegacyImport?> RecordOfAsync(string fileHash) =>
        Task.FromResult(_store.Imports.SingleOrDefault(i => i.FileHash == fileHash));
}
