using System.Globalization;
using System.Text.RegularExpressions;

namespace ServerStatus.Infrastructure.Instances;

/// <summary>
/// How this bot instance names itself in the lease (host, process, a random part, and where the process runs: the
/// machine's boot and the process-id namespace), and whether a lease left in the database was held by a predecessor on
/// this machine that is gone: a process of this boot and namespace that no longer runs (a crash or a kill, then a
/// service restart), or an earlier life of this very container (process 1 under the same host name and boot, in a new
/// namespace: <c>docker restart</c>). Such a lease is taken over at once instead of waiting for it to expire. Anything
/// this instance cannot tell for sure (another machine, another container, an older holder text) is left to expire.
/// </summary>
public sealed partial class InstanceIdentity(string machine, int processId, string? place, Func<int, bool?> isRunning)
{
    private readonly string _nonce = Guid.NewGuid().ToString("N")[..8];

    /// <summary>This instance as the lease names it.</summary>
    public string Holder => $"{machine} pid {processId} ({_nonce})" + (place is null ? "" : $" at {place}");

    /// <summary>This process, on Linux with its boot id and process-id namespace; elsewhere without (nothing is taken over early).</summary>
    public static InstanceIdentity OfThisProcess() => new(Environment.MachineName, Environment.ProcessId, ThisPlace(), IsRunning);

    /// <summary>Whether <paramref name="holder"/> is a lease of a predecessor of this instance, on this machine, that no longer runs.</summary>
    public bool IsGonePredecessor(string holder)
    {
        ArgumentNullException.ThrowIfNull(holder);
        var parsed = HolderText().Match(holder);
        if (place is null || !parsed.Success || parsed.Groups["nonce"].Value == _nonce
            || !int.TryParse(parsed.Groups["pid"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            return false;
        }

        var (boot, namespaceId) = Split(place);
        if (parsed.Groups["boot"].Value != boot)
        {
            return false;
        }

        if (parsed.Groups["ns"].Value == namespaceId)
        {
            return isRunning(pid) == false;
        }

        return processId == 1 && pid == 1 && parsed.Groups["machine"].Value == machine;
    }

    private static (string Boot, string Namespace) Split(string place)
    {
        var colon = place.IndexOf(':', StringComparison.Ordinal);
        return (place[..colon], place[(colon + 1)..]);
    }

    private static string? ThisPlace()
    {
        try
        {
            var boot = File.ReadAllText("/proc/sys/kernel/random/boot_id").Trim();
            var pidNamespace = new FileInfo("/proc/self/ns/pid").LinkTarget; // pid:[4026531836]
            var inode = pidNamespace is null ? null : NamespaceInode().Match(pidNamespace);
            return boot.Length >= 8 && inode is { Success: true } ? $"{boot[..8]}:{inode.Groups[1].Value}" : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // True or false where /proc tells; null where it does not (then a holder is never taken for gone).
    private static bool? IsRunning(int pid) => Directory.Exists("/proc/self") ? Directory.Exists($"/proc/{pid}") : null;

    [GeneratedRegex(@"^(?<machine>.+) pid (?<pid>[0-9]+) \((?<nonce>[0-9a-f]{8})\) at (?<boot>[0-9a-f]{8}):(?<ns>[0-9]+)\z")]
    private static partial Regex HolderText();

    [GeneratedRegex(@"\[([0-9]+)\]")]
    private static partial Regex NamespaceInode();
}
