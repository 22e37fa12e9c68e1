using System.Globalization;
using Microsoft.Extensions.Options;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Common.Cooldowns;

/// <summary>
/// The cooldown of the command running in this scope. The server resolver asks it about every server the actor may use,
/// so a server on cooldown gets its own answer line like any other refusal; when the command has run, the servers it
/// acted on start their cooldown (those whose part failed do not).
/// </summary>
public sealed class CooldownGate(CommandCooldowns cooldowns, IOptions<CooldownOptions> options, ICurrentActor actor, TimeProvider time)
{
    private readonly List<ServerId> _passed = [];
    private readonly Lock _lock = new();
    private string? _command;
    private TimeSpan? _cooldown;

    public void Enter(string command)
    {
        _command = command;
        _cooldown = options.Value.For(command);
    }

    /// <summary>A refusal when the actor ran this command on the server too recently; null when they may.</summary>
    public Error? Check(ServerId server, string typed)
    {
        if (_command is null || _cooldown is null || actor.Rights.IsAdmin)
        {
            return null;
        }

        if (cooldowns.BlockedUntil(actor.Actor.UserId, _command, server) is { } until)
        {
            return Error.Conflict($"You ran `{_command}` on `{typed}` less than {Wait(_cooldown.Value)} ago: you may again in {Wait(until - time.GetUtcNow())}.", typed);
        }

        lock (_lock)
        {
            _passed.Add(server);
        }

        return null;
    }

    /// <summary>Starts the cooldown of the servers the command acted on; a server named among <paramref name="failed"/> is left out.</summary>
    public void Complete(IReadOnlyCollection<string> failed)
    {
        ArgumentNullException.ThrowIfNull(failed);
        if (_command is null || _cooldown is not { } cooldown)
        {
            return;
        }

        lock (_lock)
        {
            foreach (var server in _passed.Where(s => !failed.Contains(s.Name, StringComparer.OrdinalIgnoreCase) && !failed.Contains(s.QualifiedName, StringComparer.OrdinalIgnoreCase)))
            {
                cooldowns.Start(actor.Actor.UserId, _command, server, cooldown);
            }

            _passed.Clear();
        }
    }

    private static string Wait(TimeSpan span)
    {
        var seconds = Math.Max(1, (long)Math.Ceiling(span.TotalSeconds));
        return seconds switch
        {
            < 120 => string.Create(CultureInfo.InvariantCulture, $"{seconds} s"),
            < 7_200 => string.Create(CultureInfo.InvariantCulture, $"{(long)Math.Ceiling(seconds / 60.0)} min"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{(long)Math.Ceiling(seconds / 3600.0)} h"),
        };
    }
}
