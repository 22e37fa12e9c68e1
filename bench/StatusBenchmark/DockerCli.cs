using System.Diagnostics;

namespace ServerStatus.StatusBenchmark;

/// <summary>The reference: the docker CLI (or a pipeline around it) doing the same work.</summary>
internal static class DockerCli
{
    /// <summary>What the CLI printed on standard output; throws when it fails.</summary>
    public static Task<string> OutputAsync(params string[] arguments) => ExecuteAsync("docker", arguments);

    /// <summary>The CLI talking to <paramref name="engine"/> (<c>docker -H unix:///…</c>).</summary>
    public static Task<string> OnAsync(Uri engine, params string[] arguments) => OutputAsync(["-H", engine.ToString(), .. arguments]);

    /// <summary>A shell pipeline (bash, with pipefail), e.g. <c>docker cp … | zstd -1 -q > f</c>; throws when a part fails.</summary>
    public static Task<string> PipelineAsync(string pipeline) => ExecuteAsync("bash", ["-c", "set -o pipefail; " + pipeline]);

    private static async Task<string> ExecuteAsync(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException(program + " not found");
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}");
    }
}
