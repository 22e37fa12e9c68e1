using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;

namespace ServerStatus.Infrastructure.Backups;

/// <summary>
/// Hands back to the system what a backup or a restore left behind: once the stream is done, an aggressive blocking
/// compacting collection (the large object heap included) that decommits all the GC heap it can, and glibc's
/// <c>malloc_trim</c>, which returns the native heap's free pages (zstd's, OpenSSL's) that glibc otherwise keeps for the
/// process. Both take milliseconds after a job of seconds; without them the RSS stays near its peak until the next
/// gen2 collection, which an idle bot may not have for hours. Measured with scripts/bench.sh backup (#19), the RSS 3 s
/// after a backup of 256 MiB / 1 GiB: 176 / 185 MiB without, 164 / 169 with a forced collection and the trim, 151 /
/// 153 with the aggressive collection (idle before any backup: 152–155).
/// </summary>
internal static partial class MemoryGiveBack
{
    private const double Mebibyte = 1024 * 1024;

    // glibc's soname: elsewhere (musl, macOS, Windows) the library is missing and trimming is skipped.
    private const string GlibC = "libc.so.6";

    private static bool _trimUnavailable = !OperatingSystem.IsLinux();

    /// <summary>Collects, compacts and trims now; logs (Debug) the resident memory before and after.</summary>
    public static void After(string job, ILogger logger)
    {
        var measured = logger.IsEnabled(LogLevel.Debug);
        var started = Stopwatch.GetTimestamp();
        var before = measured ? Environment.WorkingSet : 0;
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var trimmed = TrimNativeHeap();
        if (measured)
        {
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var after = Environment.WorkingSet;
            LogGaveBack(logger, job, (before - after) / Mebibyte, before / Mebibyte, after / Mebibyte, trimmed, ms);
        }
    }

    /// <summary>malloc_trim(0) where glibc is the C library; whether it ran.</summary>
    internal static bool TrimNativeHeap()
    {
        if (_trimUnavailable)
        {
            return false;
        }

        try
        {
            _ = MallocTrim(0); // whether it released anything shows in the resident memory logged
            return true;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            _trimUnavailable = true;
            return false;
        }
    }

    [LibraryImport(GlibC, EntryPoint = "malloc_trim")]
    private static partial int MallocTrim(nuint pad);

    [LoggerMessage(EventId = 90, Level = LogLevel.Debug, Message = "After the {Job}: gave back {FreedMiB:0.0} MiB (resident {BeforeMiB:0.0} → {AfterMiB:0.0} MiB; native heap trimmed: {Trimmed}) in {Ms:0.0} ms")]
    private static partial void LogGaveBack(ILogger logger, string job, double freedMiB, double beforeMiB, double afterMiB, bool trimmed, double ms);
}
