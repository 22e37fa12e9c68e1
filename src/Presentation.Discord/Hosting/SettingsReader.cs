using System.Collections;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;

namespace ServerStatus.Presentation.Discord.Hosting;

/// <summary>
/// Finds the values the configuration binder could not read as the type of their property (a word where a number
/// goes, an unknown enum name, a single value where a list goes) and says so per key, before the binder throws on the
/// first one or skips the last silently. It reads the way the binder does: a type converter for each scalar, the
/// children of a key for lists and nested settings.
/// </summary>
internal static class SettingsReader
{
    public static IEnumerable<string> Unreadable(IConfigurationSection section, Type type, PropertyInfo? property = null)
    {
        if (IsScalar(type))
        {
            return Unconvertible(section, type, property) is { } problem ? [problem] : [];
        }

        if (ElementType(type) is { } element)
        {
            return !string.IsNullOrEmpty(section.Value)
                ? [$"{section.Path} is a list: set its entries as {section.Path}:0, {section.Path}:1, … (environment variables {SettingsKeys.AsEnvironmentVariable(section.Path)}__0, …), not one value."]
                : section.GetChildren().SelectMany(child => Unreadable(child, element));
        }

        if (!string.IsNullOrEmpty(section.Value))
        {
            return [$"{section.Path} is a group of settings, not a value: set the keys under it ({section.Path}:…) instead."];
        }

        return section.GetChildren().SelectMany(child =>
            type.GetProperty(child.Key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is { } inner
                ? Unreadable(child, inner.PropertyType, inner)
                : []);
    }

    /// <summary>Types whose settings are a set of keys (not a value, not a list).</summary>
    public static bool IsSettingsObject(Type type) =>
        type.IsClass && !IsScalar(type) && ElementType(type) is null && type.GetConstructor(Type.EmptyTypes) is not null;

    private static bool IsScalar(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target == typeof(string) || (ElementType(target) is null && TypeDescriptor.GetConverter(target).CanConvertFrom(typeof(string)));
    }

    private static Type? ElementType(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[^1]
        : null;

    private static string? Unconvertible(IConfigurationSection section, Type type, PropertyInfo? property)
    {
        var value = section.Value;
        var nullable = Nullable.GetUnderlyingType(type);
        var target = nullable ?? type;
        if (value is null || target == typeof(string) || (nullable is not null && value.Length == 0))
        {
            return null;
        }

        try
        {
            var converted = TypeDescriptor.GetConverter(target).ConvertFromInvariantString(value);
            return target.IsEnum && converted is not null && !Enum.IsDefined(target, converted) ? Sentence(section.Path, target, property, value) : null;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or NotSupportedException or OverflowException or InvalidCastException)
        {
            return Sentence(section.Path, target, property, value);
        }
    }

    private static string Sentence(string key, Type target, PropertyInfo? property, string value) =>
        SettingsKeys.IsSecret(key) ? $"{key} must be {Kind(target, property)}." : $"{key} must be {Kind(target, property)}, not \"{value}\".";

    private static string Kind(Type target, PropertyInfo? property) => target switch
    {
        _ when target.IsEnum => OneOf(Enum.GetNames(target)),
        _ when target == typeof(bool) => "true or false",
        _ when target == typeof(ulong) => "a Discord id (digits only; with Developer Mode on, right-click the user, channel or server → Copy ID)",
        _ when target == typeof(int) || target == typeof(long) || target == typeof(short) || target == typeof(uint) => "a whole number" + Between(property),
        _ when target == typeof(double) || target == typeof(float) || target == typeof(decimal) => "a number" + Between(property),
        _ when target == typeof(Uri) => "a URL",
        _ when target == typeof(TimeSpan) => "a duration such as 00:00:30",
        _ => $"a {target.Name}",
    };

    private static string Between(PropertyInfo? property) =>
        property?.GetCustomAttribute<RangeAttribute>() is { } range
            ? string.Create(CultureInfo.InvariantCulture, $" between {range.Minimum} and {range.Maximum}")
            : "";

    private static string OneOf(string[] names) =>
        names.Length == 1 ? names[0] : string.Join(", ", names[..^1]) + " or " + names[^1];
}
