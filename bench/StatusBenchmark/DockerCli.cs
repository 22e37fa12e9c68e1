using System.Diagnostics;

namespace ServerStatus.StatusBenchmark;

/// <summary>The reference: the docker CLI doing the same work.</summary>
internal static class DockerCli
{
    public static async Task<int> RunAsync(params string[] arguments) => (await OutputAsync(arguments)).Length;

    /// <summary>What the CLI printed on standard output; throws when it fails.</summary>
    public static async Task<string> OutputAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("docker") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("docker CLI not found");
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"docker {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}");
    }
}
