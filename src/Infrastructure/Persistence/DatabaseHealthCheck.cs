using Microsoft.Extensions.DependencyInjection;

namespace ServerStatus.Infrastructure.Persistence;

/// <summary>Whether the database answers; used by readiness.</summary>
public sealed class DatabaseHealthCheck(IServiceScopeFactory scopes)
{
    /// <summary>One sentence when the database cannot be reached; null when it answers.</summary>
    public async Task<string?> FindProblemAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServerStatusDbContext>();
        try
        {
            return await db.Database.CanConnectAsync(ct) ? null : "The database cannot be reached.";
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return $"The database cannot be reached: {ex.Message}";
        }
    }
}
