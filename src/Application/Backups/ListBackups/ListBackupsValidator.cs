using FluentValidation;
using ServerStatus.Application.Servers;

namespace ServerStatus.Application.Backups.ListBackups;

public sealed class ListBackupsValidator : AbstractValidator<ListBackups>
{
    public ListBackupsValidator() => RuleFor(x => x.Server).ServerName();
}
