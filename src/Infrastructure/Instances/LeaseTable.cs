using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Infrastructure.Persistence;

namespace ServerStatus.Infrastructure.Instances;

/// <summary>
/// The lease row in the bot's database. Taking or renewing it is one conditional UPDATE (or the first INSERT), which
/// the database makes atomic: of two instances racing for an expired lease, exactly one gets it.
/// </summary>
public sealed class LeaseTable(IServiceScopeFactory scopes)
{
    /// <summary>Takes the lease for <paramref name="holder"/> until <paramref name="until"/> if it is free, expired or already its own.</summary>
    public async Task<bool> TryTakeAsync(string name, string holder, DateTimeOffset now, DateTimeOffset until, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServerStatusDbContext>();
        var nowMs = now.ToUnixTimeMilliseconds();
        var untilMs = until.ToUnixTimeMilliseconds();
        var taken = await db.InstanceLeases
            .Where(l => l.Name == name && (l.Holder == holder || l.ExpiresAtUnixMs < nowMs))
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAtUnixMs, untilMs), ct);
        if (taken == 1)
        {
            return true;
        }

        if (await db.InstanceLeases.AnyAsync(l => l.Name == name, ct))
        {
            return false;
        }

        db.InstanceLeases.Add(new InstanceLease { Name = name, Holder = holder, ExpiresAtUnixMs = untilMs });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // another instance inserted it first
        }
    }

    /// <summary>Takes the lease from <paramref name="from"/> for <paramref name="holder"/> if <paramref name="from"/> still holds it (of two racing, one gets it).</summary>
    public async Task<bool> TryTakeOverAsync(string name, string from, string holder, DateTimeOffset until, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServerStatusDbContext>();
        var untilMs = until.ToUnixTimeMilliseconds();
        return await db.InstanceLeases
            .Where(l => l.Name == name && l.Holder == from)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAtUnixMs, untilMs), ct) == 1;
    }

    /// <summary>Who holds the lease now, or null when nobody does.</summary>
    public async Task<string?> HolderAsync(string name, DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServerStatusDbContext>();
        var nowMs = now.ToUnixTimeMilliseconds();
        return await db.InstanceLeases.AsNoTracking()
            .Where(l => l.Name == name && l.ExpiresAtUnixMs >= nowMs)
            .Select(l => l.Holder)
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>Gives the lease up at a clean shutdown, so that a standby takes over at once.</summary>
    public async Task ReleaseAsync(string name, string holder, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServerStatusDbContext>();
        await db.InstanceLeases.Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.ExpiresAtUnixMs, 0L), ct);
    }
}
