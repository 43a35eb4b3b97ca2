// House rules for this project's specs, loaded by redocly.yaml. They cover what
// Redocly's configurable `rule/` assertions cannot express: comparing two keys of
// one node, walking every property of every schema, and reading a root-level
// setting while visiting parameters. Each rule's severity is set in redocly.yaml.

const WIRE_FORMAT_FLAGS = new Set([
  'scalarsAsStrings',
  'emptyStringIsAbsent',
  'enumsIgnoreCase',
  'arraysAsCommaSeparatedStrings',
  'undocumentedProperties',
]);
// The array styles OpenAPI defines for query parameters that the client runtime can send.
const ARRAY_STYLES = ['form', 'spaceDelimited', 'pipeDelimited'];
const ARRAY_ENCODING_KEYS = new Set(['style', 'explode']);

/** Every enum value has exactly one entry in x-enumDescriptions, and nothing else does. */
function EnumDescriptions() {
  return {
    Schema(schema, { report, location }) {
      if (!Array.isArray(schema.enum)) return;
      const described = schema['x-enumDescriptions'];
      if (described === undefined || described === null || typeof described !== 'object') {
        report({
          message: 'An enum must describe each of its values in `x-enumDescriptions`.',
          location: location.child('enum'),
        });
        return;
      }
      for (const value of schema.enum) {
        const text = described[String(value)];
        if (typeof text !== 'string' || text.trim() === '') {
          report({
            message: `Enum value \`${value}\` has no description in \`x-enumDescriptions\`.`,
            location: location.child('x-enumDescriptions'),
          });
        }
      }
      const values = new Set(schema.enum.map(String));
      for (const key of Object.keys(described)) {
        if (!values.has(key)) {
          report({
            message: `\`x-enumDescriptions\` describes \`${key}\`, which is not a value of the enum.`,
            location: location.child(['x-enumDescriptions', key]).key(),
          });
        }
      }
    },
  };
}

/** Every property of every object schema has a description, its own or its $ref target's. */
function PropertyDescription() {
  return {
    Schema(schema, { report, location, resolve }) {
      if (!schema.properties || typeof schema.properties !== 'object') return;
      for (const [name, property] of Object.entries(schema.properties)) {
        if (property && typeof property === 'object' && property.description) continue;
        const target = property && property.$ref ? resolve(property).node : undefined;
        if (target && target.description) continue;
        report({
          message: `Property \`${name}\` has no description.`,
          location: location.child(['properties', name]).key(),
        });
      }
    },
  };
}

/** The root's x-wire-format names only flags the project's tools know. */
function WireFormatFlags() {
  return {
    Root(root, { report, location }) {
      const wire = root['x-wire-format'];
      if (wire === undefined) {
        report({
          message: 'The root must declare `x-wire-format` (see spec/README.md).',
          location: location.child('openapi').key(),
        });
        return;
      }
      for (const [flag, value] of Object.entries(wire)) {
        if (!WIRE_FORMAT_FLAGS.has(flag)) {
          report({
            message: `Unknown \`x-wire-format\` flag \`${flag}\`; known flags: ${[...WIRE_FORMAT_FLAGS].join(', ')}.`,
            location: location.child(['x-wire-format', flag]).key(),
          });
        } else if (typeof value !== 'boolean') {
          report({
            message: `\`x-wire-format.${flag}\` must be true or false.`,
            location: location.child(['x-wire-format', flag]),
          });
        }
      }
    },
  };
}

function isArrayQueryParameter(parameter) {
  return parameter.in === 'query' && parameter.schema && parameter.schema.type === 'array';
}

/**
 * How array query parameters travel is undocumented, so it is one setting at the
 * root (x-query-array-encoding) and never set per parameter: changing it is one
 * edit. This rule keeps it that way.
 */
function QueryArrayEncodingSingleSource() {
  let setting;
  return {
    Root: {
      enter(root, { report, location }) {
        setting = root['x-query-array-encoding'];
        if (setting === undefined) return;
        if (!setting || typeof setting !== 'object' || Array.isArray(setting)) {
          report({ message: '`x-query-array-encoding` must be a mapping with `style` and `explode`.', location: location.child(['x-query-array-encoding']) });
          setting = undefined;
          return;
        }
        if (setting.style !== undefined && !ARRAY_STYLES.includes(setting.style)) {
          report({
            message: `\`x-query-array-encoding.style\` must be one of ${ARRAY_STYLES.join(', ')}, not ${JSON.stringify(setting.style)}.`,
            location: location.child(['x-query-array-encoding', 'style']),
          });
        }
        if (setting.explode !== undefined && typeof setting.explode !== 'boolean') {
          report({ message: '`x-query-array-encoding.explode` must be true or false.', location: location.child(['x-query-array-encoding', 'explode']) });
        }
        for (const key of Object.keys(setting)) {
          if (!ARRAY_ENCODING_KEYS.has(key)) {
            report({
              message: `Unknown \`x-query-array-encoding\` key \`${key}\`; use \`style\` and \`explode\`.`,
              location: location.child(['x-query-array-encoding', key]).key(),
            });
          }
        }
      },
    },
    Parameter(parameter, { report, location }) {
      if (!isArrayQueryParameter(parameter)) return;
      if (setting === undefined) {
        report({
          message: `Array query parameter \`${parameter.name}\` needs the root's \`x-query-array-encoding\` setting.`,
          location: location.child('schema'),
        });
      }
      for (const key of ARRAY_ENCODING_KEYS) {
        if (parameter[key] !== undefined) {
          report({
            message: `\`${key}\` of \`${parameter.name}\` belongs in the root's \`x-query-array-encoding\`, not on the parameter.`,
            location: location.child(key).key(),
          });
        }
      }
    },
  };
}

/** At bundle time, writes the root's array encoding onto every array query parameter. */
function ApplyQueryArrayEncoding() {
  let setting;
  return {
    Root: {
      enter(root) {
        setting = root['x-query-array-encoding'];
      },
    },
    Parameter: {
      leave(parameter) {
        if (!setting || !isArrayQueryParameter(parameter)) return;
        for (const key of ARRAY_ENCODING_KEYS) {
          if (setting[key] !== undefined) parameter[key] = setting[key];
        }
      },
    },
  };
}

/**
 * At bundle time, fixes the version header parameter (the root's
 * `x-api-version.header`) to the root's `x-api-version.value`, as its only value
 * and its default: the shared parameter is written once for both APIs, and the
 * version stays written in one place. The schema is replaced, not edited, so no
 * other API's bundle sees this one's value.
 */
function ApplyApiVersion() {
  let version;
  return {
    Root: {
      enter(root) {
        const declared = root['x-api-version'];
        version = declared && typeof declared === 'object' && typeof declared.value === 'string' ? { header: String(declared.header ?? 'IR-Version'), value: declared.value } : undefined;
      },
    },
    Parameter: {
      leave(parameter) {
        if (!version || parameter.in !== 'header' || typeof parameter.name !== 'string') return;
        if (parameter.name.toLowerCase() !== version.header.toLowerCase()) return;
        const { pattern: _pattern, ...schema } = parameter.schema && typeof parameter.schema === 'object' ? parameter.schema : {};
        parameter.schema = { ...schema, type: 'string', enum: [version.value], default: version.value };
        parameter.example = version.value;
      },
    },
  };
}

export default function houseRules() {
  return {
    id: 'house',
    rules: {
      oas3: {
        'enum-descriptions': EnumDescriptions,
        'property-description': PropertyDescription,
        'wire-format-flags': WireFormatFlags,
        'query-array-encoding-single-source': QueryArrayEncodingSingleSource,
      },
    },
    decorators: {
      oas3: {
        'apply-query-array-encoding': ApplyQueryArrayEncoding,
        'apply-api-version': ApplyApiVersion,
      },
    },
  };
}
