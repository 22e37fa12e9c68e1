using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace ServerStatus.Presentation.Discord.Hosting;

/// <summary>
/// The data-annotation rules of bound settings, nested settings and lists of them included, as one sentence per
/// broken key: the key, the rule and the value (never a secret's value). A settings object's own
/// <see cref="IValidatableObject"/> rules run when its properties pass.
/// </summary>
internal static class SettingsRules
{
    public static IEnumerable<string> Broken(object settings, string path)
    {
        var problems = new List<string>();
        foreach (var property in settings.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0))
        {
            var key = $"{path}:{property.Name}";
            var value = property.GetValue(settings);
            var broken = property.GetCustomAttributes<ValidationAttribute>(inherit: true)
                .OrderBy(a => a is RequiredAttribute ? 0 : 1)
                .FirstOrDefault(a => !a.IsValid(value));
            if (broken is not null)
            {
                problems.Add(Sentence(broken, key, value));
            }
            else if (IsBound(property) && value is not null && SettingsReader.IsSettingsObject(value.GetType()))
            {
                problems.AddRange(Broken(value, key));
            }
            else if (IsBound(property) && value is IEnumerable items and not string && property.PropertyType.IsGenericType
                && SettingsReader.IsSettingsObject(property.PropertyType.GetGenericArguments()[^1]))
            {
                problems.AddRange(items.Cast<object>().SelectMany((item, index) => Broken(item, string.Create(CultureInfo.InvariantCulture, $"{key}:{index}"))));
            }
        }

        if (problems.Count == 0 && settings is IValidatableObject validatable)
        {
            problems.AddRange(validatable.Validate(new ValidationContext(settings)).Select(r => r.ErrorMessage).OfType<string>());
        }

        return problems;
    }

    /// <summary>What the binder fills: settable properties and get-only auto-properties (lists), not computed ones.</summary>
    private static bool IsBound(PropertyInfo property) =>
        property.SetMethod is { IsPublic: true } || property.GetMethod?.IsDefined(typeof(CompilerGeneratedAttribute)) == true;

    private static string Sentence(ValidationAttribute attribute, string key, object? value)
    {
        var rule = !string.IsNullOrEmpty(attribute.ErrorMessage)
            ? attribute.FormatErrorMessage(key).TrimEnd('.')
            : attribute switch
            {
                RequiredAttribute => $"{key} must not be empty: set a value or remove the setting",
                RangeAttribute range => string.Create(CultureInfo.InvariantCulture, $"{key} must be between {range.Minimum} and {range.Maximum}"),
                StringLengthAttribute length => $"{key} must be {length.MinimumLength} to {length.MaximumLength} characters long",
                MinLengthAttribute length => $"{key} must be at least {length.Length} characters long",
                RegularExpressionAttribute pattern => $"{key} must match {pattern.Pattern}",
                _ => attribute.FormatErrorMessage(key).TrimEnd('.'),
            };
        return attribute is RequiredAttribute || value is null || SettingsKeys.IsSecret(key)
            ? rule + "."
            : $"{rule}, not \"{Convert.ToString(value, CultureInfo.InvariantCulture)}\".";
    }
}
