using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text.Json;
using Docker.DotNet;
using ServerStatus.Application.Common.Results;

namespace ServerStatus.Infrastructure.Docker;

/// <summary>Turns what goes wrong talking to an engine into sentences for the user.</summary>
public static class DockerFailures
{
    public static bool IsEngineFailure(Exception exception) =>
        exception is HttpRequestException or SocketException or IOException or TimeoutException
            or OperationCanceledException or DockerApiException or AuthenticationException;

    public static Error Describe(EngineConnection engine, Exception exception, string? target = null) => exception switch
    {
        DockerApiException { StatusCode: HttpStatusCode.Conflict } api =>
            Error.Conflict($"Docker engine `{engine.Name}` refused: {EngineMessage(api)}.", target),
        DockerApiException api =>
            Error.Unavailable($"Docker engine `{engine.Name}` answered {(int)api.StatusCode}: {EngineMessage(api)}.", target),
        OperationCanceledException or TimeoutException =>
            Error.Unavailable($"Docker engine `{engine.Name}` did not answer in time at {engine.Options.Endpoint}.", target),
        _ => Error.Unavailable($"Docker engine `{engine.Name}` is not reachable at {engine.Options.Endpoint} ({Reason(exception)}).", target),
    };

    public static Error NotConfigured(string engine, string? target = null) =>
        Error.Unavailable($"Docker engine `{engine}` is not configured.", target);

    /// <summary>The engine's own message from its JSON error body, without a trailing period.</summary>
    public static string EngineMessage(DockerApiException exception)
    {
        try
        {
            using var body = JsonDocument.Parse(exception.ResponseBody ?? "");
            if (body.RootElement.TryGetProperty("message", out var message) && message.GetString() is { Length: > 0 } text)
            {
                return text.TrimEnd('.', '\n');
            }
        }
        catch (JsonException)
        {
            // Not JSON: fall back to the status text below.
        }

        return exception.StatusCode.ToString();
    }

    private static string Reason(Exception exception)
    {
        var innermost = exception;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }

        if (exception is AuthenticationException || innermost is AuthenticationException)
        {
            return "TLS handshake failed: check the engine's certificate against CaCertificatePath and the client certificate";
        }

        return innermost is SocketException socket ? socket.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => "connection refused",
            SocketError.AddressNotAvailable or SocketError.HostNotFound => "nothing listens there",
            SocketError.TimedOut => "timed out",
            SocketError.AccessDenied => "permission denied: the bot's user is not in the socket's group",
            _ => socket.Message,
        }
        : innermost.Message.TrimEnd('.');
    }
}
