using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace AppointmentBooking.Functions.Http.ApiDescription;

/// <summary>
/// JSON schemas of the API's bodies, exported from the same serializer options that write them, so
/// the document cannot drift from the wire format. Named object types become shared components.
/// </summary>
internal sealed class OpenApiSchemas(JsonSerializerOptions serializerOptions)
{
    private const string ComponentPrefix = "#/components/schemas/";

    // The app always writes numbers as JSON numbers; reading them from strings is leniency, not contract.
    private readonly JsonSerializerOptions serializerOptions = new(serializerOptions) { NumberHandling = JsonNumberHandling.Strict };

    private readonly Dictionary<Type, string> names = [];

    public JsonObject Components { get; } = [];

    /// <summary>A <c>$ref</c> for a named object type, the inline schema for anything else.</summary>
    public JsonNode SchemaFor(Type type)
    {
        var schema = Export(type);
        return IsNamedObject(type) && schema is JsonObject ? Register(type, schema) : schema;
    }

    private JsonNode Export(Type type)
    {
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TransformSchemaNode = Transform,
            TreatNullObliviousAsNonNullable = true,
        };
        try
        {
            return serializerOptions.GetJsonSchemaAsNode(type, exporterOptions);
        }
        catch (Exception exception) when (exception is NotSupportedException or InvalidOperationException)
        {
            // A type the serializer cannot describe still gets an operation, with an open schema.
            return new JsonObject();
        }
    }

    private JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (schema is not JsonObject schemaObject)
        {
            return schema;
        }

        OmitNullableFromRequired(schemaObject);
        return context.Path.IsEmpty || !IsNamedObject(context.TypeInfo.Type) ? schema : Register(context.TypeInfo.Type, schema);
    }

    /// <summary>Null properties are left out when written (AppJson ignores nulls), so they are never required.</summary>
    private void OmitNullableFromRequired(JsonObject schema)
    {
        if (serializerOptions.DefaultIgnoreCondition != JsonIgnoreCondition.WhenWritingNull
            || schema["required"] is not JsonArray required
            || schema["properties"] is not JsonObject properties)
        {
            return;
        }

        var kept = required.Select(r => r!.GetValue<string>()).Where(name => !AllowsNull(properties[name])).ToList();
        schema["required"] = new JsonArray([.. kept.Select(name => (JsonNode)name)]);
    }

    private static bool AllowsNull(JsonNode? schema) =>
        schema is JsonObject o
        && ((o["type"] is JsonArray types && types.Any(IsNullType))
            || (o["anyOf"] is JsonArray options && options.Any(option => IsNullType(option?["type"]))));

    private static bool IsNullType(JsonNode? type) => type is JsonValue value && value.GetValue<string>() == "null";

    private JsonObject Register(Type type, JsonNode schema)
    {
        var nullable = RemoveNull(schema.AsObject());
        if (!names.TryGetValue(type, out var name))
        {
            name = UniqueName(type);
            names[type] = name;
            Components[name] = schema.DeepClone();
        }

        var reference = new JsonObject { ["$ref"] = ComponentPrefix + name };
        return nullable ? new JsonObject { ["anyOf"] = new JsonArray(reference, new JsonObject { ["type"] = "null" }) } : reference;
    }

    /// <summary>Takes <c>null</c> out of a <c>type</c> array, so one component serves nullable and required uses.</summary>
    private static bool RemoveNull(JsonObject schema)
    {
        if (schema["type"] is not JsonArray types || !types.Any(IsNullType))
        {
            return false;
        }

        var rest = types.Where(t => !IsNullType(t)).Select(t => t!.GetValue<string>()).ToList();
        schema["type"] = rest.Count == 1 ? rest[0] : new JsonArray([.. rest.Select(t => (JsonNode)t)]);
        return true;
    }

    private string UniqueName(Type type) =>
        names.ContainsValue(type.Name) ? type.FullName!.Replace('.', '_').Replace('+', '_') : type.Name;

    private bool IsNamedObject(Type type) =>
        type != typeof(object)
        && !type.IsGenericType
        && !type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false)
        && serializerOptions.GetTypeInfo(type).Kind == JsonTypeInfoKind.Object;
}
