import Ajv2020 from 'ajv/dist/2020'
import checkedIn from '../../schema.json'
import { configJsonSchema } from './jsonSchema'
import { parseSupportConfig } from './parse'

const schema = configJsonSchema()

/** A validator for the JSON Schema, as strict as Ajv gets (unknown keywords are errors). */
function validator() {
  // Union types (`"type": ["string", "number"]`) are plain JSON Schema, only Ajv's strict mode
  // asks for them to be allowed.
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true })
  return ajv.compile(schema)
}

/** Every config the repo holds: the test fixtures and the examples that name the schema. */
const configFiles = import.meta.glob<unknown>(
  ['../../test/fixtures/**/*.json', '../../examples/**/*.json'],
  { eager: true, import: 'default' },
)

/** Each object property in a JSON Schema (`properties.*`), by its JSON Pointer-like path. */
function objectProperties(node: unknown, path = '#'): [string, unknown][] {
  if (Array.isArray(node)) {
    return node.flatMap((child: unknown, i) => objectProperties(child, `${path}/${i}`))
  }
  if (typeof node !== 'object' || node === null) return []
  const found: [string, unknown][] = []
  for (const [key, child] of Object.entries(node as Record<string, unknown>)) {
    if (key === 'properties' && typeof child === 'object' && child !== null) {
      for (const [name, property] of Object.entries(child as Record<string, unknown>)) {
        found.push([`${path}/properties/${name}`, property])
      }
    }
    found.push(...objectProperties(child, `${path}/${key}`))
  }
  return found
}

describe('configJsonSchema()', () => {
  it('matches the checked-in schema.json', () => {
    expect(checkedIn, 'schema.json is out of date: run npm run build').toEqual(schema)
  })

  it('is a draft 2020-12 schema with a title and no $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.title).toBe('react-support-hub config')
    expect(schema.description).toEqual(expect.any(String))
    expect(JSON.stringify(schema)).not.toContain('"$id"')
  })

  it('is pure: a new object on each call', () => {
    const first = configJsonSchema()
    first.title = 'changed'
    expect(configJsonSchema().title).toBe('react-support-hub config')
  })

  it('gives every object property a description', () => {
    const properties = objectProperties(schema)
    expect(properties.length).toBeGreaterThan(100)
    const undescribed = properties
      .filter(([, property]) => {
        const description = (property as { description?: unknown }).description
        return typeof description !== 'string' || description.trim() === ''
      })
      .map(([path]) => path)
    expect(undescribed, 'these fields need z.describe() text in src/config/schema.ts').toEqual([])
  })

  it('describes the input: fields with a default are optional and show it', () => {
    expect(schema.required).toEqual(['version', 'brand'])
    expect(schema.properties?.locale).toMatchObject({ default: 'en' })
    expect(schema.properties?.timeZone).toMatchObject({ default: 'UTC' })
  })

  it('compiles in strict Ajv', () => {
    expect(() => validator()).not.toThrow()
  })

  it('accepts a minimal config, with or without "$schema"', () => {
    const validate = validator()
    expect(validate({ version: 1, brand: { name: 'Acme' } })).toBe(true)
    expect(
      validate({ $schema: '../schema.json', version: 1, brand: { name: { en: 'Acme' } } }),
      JSON.stringify(validate.errors),
    ).toBe(true)
  })

  it('refuses an unknown key, as the zod schema does', () => {
    const validate = validator()
    const config = {
      version: 1,
      brand: { name: 'Acme' },
      faq: {
        categories: [{ id: 'a', title: 'A', items: [{ id: 'q', quesiton: 'Q?', answer: 'A.' }] }],
      },
    }
    expect(validate(config)).toBe(false)
    expect(validate.errors).toContainEqual(
      expect.objectContaining({
        instancePath: '/faq/categories/0/items/0',
        keyword: 'additionalProperties',
        params: { additionalProperty: 'quesiton' },
      }),
    )
    expect(parseSupportConfig(config).ok).toBe(false)
  })

  it('refuses a wrong type, a missing field and another version', () => {
    const validate = validator()
    expect(validate({ version: 1, brand: { name: 5 } })).toBe(false)
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ instancePath: '/brand/name', keyword: 'type' }),
    )
    expect(validate({ version: 1 })).toBe(false)
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ keyword: 'required', params: { missingProperty: 'brand' } }),
    )
    expect(validate({ version: 2, brand: { name: 'Acme' } })).toBe(false)
    expect(validate('{}')).toBe(false)
  })

  it('accepts every config in the repo that parseSupportConfig() accepts', () => {
    const validate = validator()
    const files = Object.entries(configFiles)
    expect(files.length).toBeGreaterThan(5)
    for (const [file, config] of files) {
      if (!parseSupportConfig(config).ok) continue
      expect(validate(config), `${file}: ${JSON.stringify(validate.errors, null, 2)}`).toBe(true)
    }
  })
})
