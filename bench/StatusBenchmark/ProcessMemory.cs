using System.Globalization;

namespace ServerStatus.StatusBenchmark;

/// <summary>
/// A process's resident memory and its split, from <c>/proc/&lt;pid&gt;/status</c>: mapped files (assemblies, native
/// libraries), shared memory (the runtime's double-mapped JIT code heap) and anonymous memory (GC heap, native heaps).
/// </summary>
internal readonly record struct ProcessMemory(double ResidentMiB, double FileMiB, double SharedMiB, double AnonymousMiB)
{
    public static ProcessMemory Of(int pid)
    {
        var fields = File.ReadLines($"/proc/{pid}/status")
            .Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2 && p[0] is "VmRSS" or "RssFile" or "RssShmem" or "RssAnon")
            .ToDictionary(p => p[0], p => double.Parse(p[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024);
        return new ProcessMemory(fields["VmRSS"], fields["RssFile"], fields["RssShmem"], fields["RssAnon"]);
    }
}
