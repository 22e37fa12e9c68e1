namespace ServerStatus.Presentation.Discord.Health;

/// <summary><c>/healthz</c> (the process answers) and <c>/readyz</c> (Discord, database and Docker reachable; 503 naming what is down).</summary>
public static class HealthEndpoints
{
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/healthz", () => Results.Json(new { status = "Healthy" }));
        app.MapGet("/readyz", async (ReadinessProbe probe, CancellationToken ct) =>
        {
            var report = await probe.CheckAsync(ct);
            return Results.Json(report, statusCode: report.IsReady ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return app;
    }
}
