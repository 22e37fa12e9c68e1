namespace ServerStatus.Presentation.Discord.Bot.Outbox;

public static class ReplyOutboxRegistration
{
    /// <summary>The outbox of answers: its settings, the courier, the outbox reply targets use, and the dispatcher that resumes it.</summary>
    public static IServiceCollection AddReplyOutbox(this IServiceCollection services)
    {
        services.AddOptions<ReplyOutboxOptions>().BindConfiguration(ReplyOutboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ReplyCourier>();
        services.AddSingleton<ReplyOutbox>();
        services.AddHostedService<ReplyOutboxDispatcher>();
        return services;
    }
}
