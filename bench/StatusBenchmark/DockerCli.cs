using System.Diagnostics;

namespace ServerStatus.StatusBenchmark;

/// <summary>The reference: the docker CLI doing the same work.</summary>
internal static class DockerCli
{
    public static async Task<int> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("docker") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("docker CLI not found");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output.Length;
    }
}
