namespace ServerStatus.Application.Permissions.ImportLegacyPermissions;

/// <summary>Something in a legacy file that was skipped, and why; <paramref name="Line"/> is 1-based (0 when unknown).</summary>
public sealed record LegacyProblem(string Path, int Line, string Message)
{
    public string Location => Line > 0 ? $"{Path}:{Line}" : Path;

    public override string ToString() => $"{Location}: {Message}";
}
