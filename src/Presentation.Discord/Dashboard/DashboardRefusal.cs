namespace ServerStatus.Presentation.Discord.Dashboard;

/// <summary>How the dashboard's own checks answer a request they refuse: a status and one plain sentence.</summary>
internal static class DashboardRefusal
{
    public static async Task WriteAsync(HttpContext context, int status, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(text, context.RequestAborted);
    }
}
