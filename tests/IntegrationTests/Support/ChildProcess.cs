using System.Diagnostics;
using System.Text;

namespace ServerStatus.IntegrationTests.Support;

/// <summary>Runs a program to its end with its output captured, killed (and failing the test) after a deadline.</summary>
public static class ChildProcess
{
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(start);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.StandardOutputEncoding = Encoding.UTF8;
        start.StandardErrorEncoding = Encoding.UTF8;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish within {timeout}; it printed: {await output}{await errors}");
        }

        return (process.ExitCode, await output, await errors);
    }
}
