using System.Diagnostics;

namespace ServerStatus.IntegrationTests.Fixtures;

/// <summary>
/// A Docker engine of the test's own (its own dockerd, socket, data and exec roots, with the safe flags of these
/// machines) that the test may stop and start again, which the shared engines must never be.
/// </summary>
public sealed class OwnDockerEngine : IAsyncDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("ss-dockerd-");
    private Process? _dockerd;

    public Uri Endpoint => new($"unix://{Path.Combine(_root.FullName, "d.sock")}");

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("dockerd")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--host", Endpoint.ToString(), "--data-root", Path.Combine(_root.FullName, "data"), "--exec-root", Path.Combine(_root.FullName, "exec"),
            "--pidfile", Path.Combine(_root.FullName, "d.pid"), "--bridge=none", "--iptables=false", "--ip-masq=false", "--ip-forward=false",
        })
        {
            start.ArgumentList.Add(argument);
        }

        _dockerd = Process.Start(start) ?? throw new InvalidOperationException("dockerd did not start.");
        _dockerd.OutputDataReceived += (_, _) => { };
        _dockerd.ErrorDataReceived += (_, _) => { };
        _dockerd.BeginOutputReadLine();
        _dockerd.BeginErrorReadLine();
        using var client = TestEngines.CreateClient(Endpoint);
        await Eventually.HoldsAsync(async () =>
        {
            try
            {
                await client.System.PingAsync();
                return true;
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException or System.Net.Sockets.SocketException)
            {
                return false;
            }
        }, "the test's own dockerd answers", TimeSpan.FromSeconds(30));
    }

    /// <summary>Stops dockerd as an admin would (SIGTERM) and waits until it has exited.</summary>
    public async Task StopAsync()
    {
        if (_dockerd is not { HasExited: false } dockerd)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", dockerd.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await dockerd.WaitForExitAsync(deadline.Token);
        dockerd.Dispose();
        _dockerd = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            _root.Delete(recursive: true);
        }
        catch (IOException)
        {
            // dockerd may leave mounts behind a moment longer; the temp directory is cleaned by the system.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
