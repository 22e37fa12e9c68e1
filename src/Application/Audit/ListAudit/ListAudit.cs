using System.Globalization;
using Mediator;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;

namespace ServerStatus.Application.Audit.ListAudit;

/// <summary>The newest <paramref name="Count"/> audit rows, only those naming <paramref name="Server"/> when given. Admins only.</summary>
public sealed record ListAudit(string? Server = null, int Count = ListAudit.DefaultCount) : IQuery<Result<AuditView>>, IAdminOnly, IAuditable
{
    public const int DefaultCount = 10;
    public const int MaxCount = 100;

    public string AuditArguments => Server is null
        ? Count.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Server} {Count}");

    /// <summary>None: reading the log does not act on the server, and would crowd out its real rows.</summary>
    public IReadOnlyList<string> AuditServers => [];
}
