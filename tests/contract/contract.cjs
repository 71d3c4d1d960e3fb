// Contract test: starts fake-xero --demo, makes real requests, and validates every response body, and the
// request bodies Billhook sends, against Xero's official OpenAPI descriptions (read from ../shared/xero).
// Besides the schemas themselves it rejects properties the schema does not declare (the schemas allow any),
// so a misspelt or invented field in the fake fails here.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const yaml = require('js-yaml');
const Ajv = require('ajv');

const [fakeBinary, specDir] = process.argv.slice(2);
const load = (name) => yaml.load(fs.readFileSync(path.join(specDir, name), 'utf8'), { schema: yaml.CORE_SCHEMA });
const specs = { acc: load('xero_accounting.yaml'), idn: load('xero-identity.yaml') };

const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
// OpenAPI formats. date-time leaves the zone optional because Xero's own /connections example has none.
ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)?$/);
ajv.addFormat('date', /^\d{4}-\d\d-\d\d$/);
for (const f of ['double', 'float', 'int32', 'int64', 'byte', 'binary']) ajv.addFormat(f, true);
ajv.addSchema(specs.acc, 'acc');
ajv.addSchema(specs.idn, 'idn');

let failures = 0;
let checks = 0;
const fail = (what, detail) => {
  failures++;
  console.error(`FAIL ${what}\n  ${detail}`);
};

const pointerEscape = (s) => s.replace(/~/g, '~0').replace(/\//g, '~1');
function resolveRef(doc, ref) {
  return ref.replace(/^#\//, '').split('/').reduce((o, k) => o[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
}
// JSON pointer of the schema of an operation's response (or request body).
function schemaPointer(docName, specPath, method, status) {
  const doc = specs[docName];
  const op = doc.paths[specPath]?.[method];
  if (!op) throw new Error(`no operation ${method.toUpperCase()} ${specPath} in ${docName}`);
  let base = `/paths/${pointerEscape(specPath)}/${method}`;
  let node;
  if (status === 'request') {
    node = op.requestBody;
    base += '/requestBody';
  } else {
    node = op.responses[String(status)];
    base += `/responses/${status}`;
  }
  if (!node) throw new Error(`no ${status} for ${method.toUpperCase()} ${specPath}`);
  if (node.$ref) {
    base = node.$ref.replace(/^#/, '');
    node = resolveRef(doc, node.$ref);
  }
  if (!node.content?.['application/json']?.schema) throw new Error(`no JSON schema at ${base}`);
  return `${base}/content/application~1json/schema`;
}

// Fields Xero really sends that its schemas leave out, each with the evidence.
const SentButUndeclared = new Map([
  ['DateString', "Invoice: in the spec's own examples (xero_accounting.yaml L1580, L8366)"],
  ['DueDateString', "Invoice: in the spec's own examples (L8368)"],
  ['scope', 'token response: standard OAuth 2.0 (RFC 6749 §5.1); Xero returns it'],
]);

// Properties present in data but not declared by the schema (following $ref, arrays and nested objects).
// Error Elements are skipped: Xero echoes the whole failed element there (spec example L3940-3963), while
// the Element schema lists only IDs.
function undeclared(docName, schema, data, where, out) {
  if (/^\$\.Elements/.test(where)) return;
  while (schema && schema.$ref) schema = resolveRef(specs[docName], schema.$ref);
  if (!schema || data === null || data === undefined) return;
  if (Array.isArray(data)) {
    if (schema.items) data.forEach((d, i) => undeclared(docName, schema.items, d, `${where}[${i}]`, out));
    return;
  }
  if (typeof data !== 'object' || !schema.properties) return;
  for (const key of Object.keys(data)) {
    if (!(key in schema.properties)) {
      if (!SentButUndeclared.has(key)) out.push(`${where}.${key}`);
    }
    else undeclared(docName, schema.properties[key], data[key], `${where}.${key}`, out);
  }
}

const Envelope = ['Id', 'Status', 'ProviderName', 'DateTimeUTC']; // in every Xero answer, in no schema
function validate(what, docName, pointer, data, { envelope = false } = {}) {
  checks++;
  const validator = ajv.getSchema(`${docName}#${pointer}`) || ajv.compile({ $ref: `${docName}#${pointer}` });
  if (!validator(data)) {
    fail(what, ajv.errorsText(validator.errors, { separator: '\n  ' }));
    return;
  }
  const extra = [];
  const body = envelope ? Object.fromEntries(Object.entries(data).filter(([k]) => !Envelope.includes(k))) : data;
  undeclared(docName, resolveRef(specs[docName], `#${pointer}`), body, '$', extra);
  if (extra.length) fail(what, `properties not in the schema: ${[...new Set(extra.map((p) => p.replace(/\[\d+\]/g, '[]')))].join(', ')}`);
}

function startFake() {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(fakeBinary, ['--demo', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error('fake-xero did not report its port within 10 s')), 10000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/fake-xero listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (m) {
        clearTimeout(timer);
        resolve({ child, base: m[1], startupMs: Date.now() - started });
      }
    });
    child.on('exit', (code) => reject(new Error(`fake-xero exited with ${code}`)));
  });
}

async function main() {
  const { child, base, startupMs } = await startFake();
  try {
    console.log(`fake-xero --demo ready in ${startupMs} ms at ${base}`);
    checks++;
    if (startupMs >= 1000) fail('startup', `fake-xero --demo took ${startupMs} ms (must be under 1 s)`);

    const admin = async (method, p, body) =>
      (await fetch(`${base}/_admin/${p}`, { method, body: body ? JSON.stringify(body) : undefined })).json();
    const tokens = await admin('POST', 'tokens', {});
    const tenantId = (await admin('GET', 'tenants')).tenants[0].tenantId;
    const headers = {
      Authorization: `Bearer ${tokens.access_token}`,
      'xero-tenant-id': tenantId,
      Accept: 'application/json',
      'Content-Type': 'application/json',
    };
    const call = async (method, resource, body, extraHeaders = {}) => {
      const res = await fetch(`${base}/api.xro/2.0/${resource}`, {
        method,
        headers: { ...headers, ...extraHeaders },
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await res.text();
      let json;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      return { status: res.status, json, text };
    };
    const expectResponse = async (what, method, resource, specPath, body, expected = 200) => {
      const r = await call(method, resource, body);
      if (r.status !== expected) {
        fail(what, `expected HTTP ${expected}, got ${r.status}: ${r.text.slice(0, 400)}`);
        return r;
      }
      validate(`${what}: response`, 'acc', schemaPointer('acc', specPath, method.toLowerCase(), expected), r.json, {
        envelope: expected === 200,
      });
      return r;
    };
    const expectRequest = (what, specPath, method, body) =>
      validate(`${what}: request body`, 'acc', schemaPointer('acc', specPath, method, 'request'), body);

    // Reads.
    await expectResponse('GET Organisation', 'GET', 'Organisation', '/Organisation');
    await expectResponse('GET Currencies', 'GET', 'Currencies', '/Currencies');
    await expectResponse('GET Accounts', 'GET', 'Accounts', '/Accounts');
    await expectResponse('GET TaxRates', 'GET', 'TaxRates', '/TaxRates');
    await expectResponse('GET Items', 'GET', 'Items', '/Items');
    const contacts = await expectResponse('GET Contacts paged', 'GET', 'Contacts?page=1&includeArchived=true', '/Contacts');
    await expectResponse('GET Contacts', 'GET', 'Contacts', '/Contacts');
    const contactId = contacts.json.Contacts[0].ContactID;
    await expectResponse('GET Contacts/{id}', 'GET', `Contacts/${contactId}`, '/Contacts/{ContactID}');
    const invoices = await expectResponse('GET Invoices paged', 'GET', 'Invoices?page=1&pageSize=200', '/Invoices');
    await expectResponse('GET Invoices', 'GET', 'Invoices?Statuses=PAID,VOIDED', '/Invoices');
    const paidInvoice = invoices.json.Invoices.find((i) => i.Status === 'PAID');
    await expectResponse('GET Invoices/{id}', 'GET', `Invoices/${paidInvoice.InvoiceID}`, '/Invoices/{InvoiceID}');
    const payments = await expectResponse('GET Payments', 'GET', 'Payments?page=1', '/Payments');
    await expectResponse('GET Payments/{id}', 'GET', `Payments/${payments.json.Payments[0].PaymentID}`, '/Payments/{PaymentID}');

    // Writes in the shapes Billhook sends.
    const suffix = Date.now().toString(36);
    const contactBody = {
      Contacts: [
        {
          Name: `Contract Test Ltd ${suffix}`,
          ContactNumber: `BH-${suffix}`,
          EmailAddress: 'accounts@contract.example',
          FirstName: 'Casey',
          LastName: 'Contract',
          Phones: [{ PhoneType: 'DEFAULT', PhoneNumber: '0117 496 0000' }],
          Addresses: [{ AddressType: 'POBOX', AddressLine1: '1 High Street', City: 'Bristol', PostalCode: 'BS1 4DJ', Country: 'United Kingdom' }],
        },
      ],
    };
    expectRequest('PUT Contacts', '/Contacts', 'put', contactBody);
    const created = await expectResponse('PUT Contacts', 'PUT', 'Contacts?summarizeErrors=false', '/Contacts', contactBody);
    const newContactId = created.json?.Contacts?.[0]?.ContactID;
    const contactUpdate = { Contacts: [{ ContactID: newContactId, EmailAddress: 'billing@contract.example' }] };
    expectRequest('POST Contacts/{id}', '/Contacts/{ContactID}', 'post', contactUpdate);
    await expectResponse('POST Contacts/{id}', 'POST', `Contacts/${newContactId}`, '/Contacts/{ContactID}', contactUpdate);

    const invoiceBody = {
      Invoices: [
        {
          Type: 'ACCREC',
          Contact: { ContactID: newContactId },
          Date: '2025-01-15',
          DueDate: '2025-02-14',
          LineAmountTypes: 'Exclusive',
          InvoiceNumber: `BH-INV-${suffix}`,
          Reference: 'Job 42',
          CurrencyCode: 'GBP',
          Status: 'AUTHORISED',
          LineItems: [
            { Description: 'Boiler service', Quantity: 1.0, UnitAmount: 85.0, AccountCode: '200', TaxType: 'OUTPUT2' },
            { Description: 'Parts', Quantity: 2.5, UnitAmount: 12.3456, AccountCode: '200', TaxType: 'OUTPUT2', DiscountRate: 10 },
            { ItemCode: 'VALVE-TRV', Quantity: 2 },
          ],
        },
      ],
    };
    expectRequest('PUT Invoices', '/Invoices', 'put', invoiceBody);
    const inv = await expectResponse('PUT Invoices', 'PUT', 'Invoices?unitdp=4', '/Invoices', invoiceBody);
    const invoiceId = inv.json?.Invoices?.[0]?.InvoiceID;
    const invoiceUpdate = { Invoices: [{ InvoiceID: invoiceId, Reference: 'Job 42 (rev)' }] };
    expectRequest('POST Invoices/{id}', '/Invoices/{InvoiceID}', 'post', invoiceUpdate);
    await expectResponse('POST Invoices/{id}', 'POST', `Invoices/${invoiceId}`, '/Invoices/{InvoiceID}', invoiceUpdate);

    const paymentBody = {
      Payments: [{ Invoice: { InvoiceID: invoiceId }, Account: { Code: '090' }, Date: '2025-01-20', Amount: 50.0, Reference: 'Card' }],
    };
    expectRequest('PUT Payments', '/Payments', 'put', paymentBody);
    const pay = await expectResponse('PUT Payments', 'PUT', 'Payments', '/Payments', paymentBody);
    const paymentId = pay.json?.Payments?.[0]?.PaymentID;
    const paymentDelete = { Status: 'DELETED' };
    expectRequest('POST Payments/{id}', '/Payments/{PaymentID}', 'post', paymentDelete);
    await expectResponse('POST Payments/{id} (delete)', 'POST', `Payments/${paymentId}`, '/Payments/{PaymentID}', paymentDelete);

    // Errors: a batch with one failure, per element and summarised.
    const badBatch = {
      Invoices: [
        { ...invoiceBody.Invoices[0], InvoiceNumber: `BH-OK-${suffix}`, Status: 'DRAFT' },
        { ...invoiceBody.Invoices[0], InvoiceNumber: `BH-BAD-${suffix}`, LineItems: [{ Description: 'x', Quantity: 1, UnitAmount: 1, AccountCode: '210' }] },
      ],
    };
    const perElement = await expectResponse('PUT Invoices summarizeErrors=false', 'PUT', 'Invoices?summarizeErrors=false', '/Invoices', badBatch);
    checks++;
    if (perElement.json?.Invoices?.[1]?.StatusAttributeString !== 'ERROR') fail('summarizeErrors=false', 'second element is not ERROR');
    badBatch.Invoices.forEach((i) => (i.InvoiceNumber += '-2'));
    await expectResponse('PUT Invoices (400)', 'PUT', 'Invoices', '/Invoices', badBatch, 400);
    await expectResponse('PUT Contacts duplicate (400)', 'PUT', 'Contacts', '/Contacts', contactBody, 400);

    // Identity.
    const conns = await fetch(`${base}/connections`, { headers: { Authorization: headers.Authorization } });
    validate('GET /connections', 'idn', schemaPointer('idn', '/Connections', 'get', 200), await conns.json());
    const refreshed = await fetch(`${base}/connect/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', client_id: 'billhook-demo', refresh_token: tokens.refresh_token }),
    });
    validate('POST /connect/token', 'idn', '/components/schemas/AccessToken', await refreshed.json());
  } finally {
    child.kill();
  }
  console.log(`${checks} checks, ${failures} failures`);
  process.exit(failures ? 1 : 0);
}

main().catch((e) => {
  console.error(`contract test: ${e.stack || e}`);
  process.exit(1);
});
