using System.Diagnostics;

namespace ServerStatus.IntegrationTests.Deploy;

/// <summary>
/// Runs a program of this machine (dotnet, docker, mmdebstrap, docker-compose, systemd-analyze) with its output going
/// to a file, not a pipe, so that helpers it leaves running (MSBuild nodes, the compiler server) cannot keep the test
/// waiting; on timeout it is killed with its children.
/// </summary>
internal static class HostCommand
{
    public static async Task<HostCommandResult> RunAsync(string workingDirectory, TimeSpan timeout, string program, params string[] arguments)
    {
        if (program.Contains('/', StringComparison.Ordinal) ? !File.Exists(program) : FindOnPath(program) is null)
        {
            throw new InvalidOperationException($"{program} is missing: run the tests with scripts/test.sh, which installs it.");
        }

        var output = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo("bash") { WorkingDirectory = workingDirectory, UseShellExecute = false };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("exec \"$@\" >\"$SERVERSTATUS_COMMAND_OUTPUT\" 2>&1 </dev/null");
            start.ArgumentList.Add("bash");
            start.ArgumentList.Add(program);
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["SERVERSTATUS_COMMAND_OUTPUT"] = output;
            // dotnet test runs the tests under MSBuild, whose variables would steer a nested dotnet publish.
            foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                start.Environment.Remove(name);
            }

            var started = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
            using var deadline = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"`{program} {string.Join(' ', arguments)}` did not finish within {timeout.TotalSeconds:0} s: {await File.ReadAllTextAsync(output)}");
            }

            return new HostCommandResult(process.ExitCode, await File.ReadAllTextAsync(output), started.Elapsed);
        }
        finally
        {
            File.Delete(output);
        }
    }

    /// <summary>Runs the program and fails with its output unless it exits 0.</summary>
    public static async Task<HostCommandResult> RunOrFailAsync(string workingDirectory, TimeSpan timeout, string program, params string[] arguments)
    {
        var result = await RunAsync(workingDirectory, timeout, program, arguments);
        return result.ExitCode == 0
            ? result
            : throw new InvalidOperationException($"`{program} {string.Join(' ', arguments)}` exited with {result.ExitCode}: {result.Output}");
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
}
