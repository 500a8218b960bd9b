// XML documents that exercise one decoding rule each: those of decode.test.ts, then the corners between them.
export const NS = 'http://www.veeam.com/ent/v1.0';
export const REF = 'UID="urn:veeam:RestorePoint:1" Name="Jan 17 2019  5:21PM" Href="https://em/api/restorePoints/1" Type="RestorePointReference"';

const refs = (inner: string, root = 'EntityReferences', prefix = '') =>
  `<?xml version="1.0" encoding="utf-8"?><${prefix}${root} xmlns${prefix ? `:${prefix.slice(0, -1)}` : ''}="${NS}">${inner}</${prefix}${root}>`;
const session = (inner: string, attributes = 'Href="h" Type="LogonSession"') => `<LogonSession xmlns="${NS}" ${attributes}>${inner}</LogonSession>`;
const ER = 'EntityReferences';

/** [what, document, schema] */
export const documents: [string, string, string][] = [
  // decode.test.ts
  ['attribute text with entities and double spaces', refs(`<Ref ${REF.replace('Name="Jan 17 2019  5:21PM"', 'Name="a &amp; b  &lt;c&gt; &#9;"')}/>`), ER],
  ['a namespace prefix and a BOM', `\uFEFF${refs(`<v:Ref ${REF}><v:Links><v:Link Rel="Up" Href="https://em/api/backups/1"/></v:Links></v:Ref>`, ER, 'v:')}`, ER],
  ['an empty collection', refs(''), ER],
  ['a self-closed empty collection', `<EntityReferences xmlns="${NS}"/>`, ER],
  ['one ref without Links', refs(`<Ref ${REF}/>`), ER],
  ['one ref with empty Links', refs(`<Ref ${REF}><Links/></Ref>`), ER],
  ['unknown elements and attributes', refs(`<Ref ${REF} Extra="x"><Future><Deep/></Future><Links><Link Rel="Up" Href="h" Weight="3"/><Other/></Links></Ref><Stranger/>`), ER],
  ['an integer StatusCode', `<Error xmlns="${NS}" Message="m" StatusCode="404"/>`, 'Error'],
  ['a StatusCode that is not an integer', `<Error xmlns="${NS}" Message="m" StatusCode="4o4"/>`, 'Error'],
  ['a ref without its required Href', refs(`<Ref UID="u" Name="n" Type="t"/>`), ER],
  ['an unclosed ref', refs(`<Ref ${REF}>`), ER],
  ['a truncated document', refs(`<Ref ${REF}/>`).slice(0, -10), ER],
  ['an empty body', '', ER],
  ['a blank body', '   ', ER],
  ['two root elements', `${refs('')}<EntityReferences/>`, ER],
  ['text after the root element', `${refs('')}trailing`, ER],
  ['JSON', '{"Refs":[]}', ER],
  ['an HTML page', '<html><body>Bad gateway</body></html>', ER],
  [
    'an entity bomb',
    `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><EntityReferences xmlns="${NS}"><Ref ${REF.replace('Jan 17 2019  5:21PM', '&lol2;')}/></EntityReferences>`,
    ER,
  ],
  [
    'an external entity',
    `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><EntityReferences xmlns="${NS}"><Ref ${REF.replace('Jan 17 2019  5:21PM', '&x;')}/></EntityReferences>`,
    ER,
  ],
  [
    'prototype names as elements and attributes',
    refs(
      `<__proto__ polluted="yes"><polluted>yes</polluted></__proto__><constructor><prototype polluted="yes"/></constructor>` +
        `<Ref ${REF} __proto__="x" constructor="y"><Links><Link Rel="Up" Href="h" __proto__="z"/><__proto__/></Links></Ref>`,
    ),
    ER,
  ],
  // the corners between them
  ['a prototype name as the root', `<__proto__ xmlns="${NS}"/>`, ER],
  ['a prefixed root of another name', `<v:Error xmlns:v="${NS}" Message="m" StatusCode="1"/>`, ER],
  ['a wrong root that is also malformed', '<html><body></html>', ER],
  ['a wrong root with a bad ref inside', `<Other xmlns="${NS}"><Ref/></Other>`, ER],
  ['a DOCTYPE without entities', `<!DOCTYPE EntityReferences><EntityReferences xmlns="${NS}"/>`, ER],
  ['comments and processing instructions around the root', `<?xml version="1.0"?><!-- a --><?pi x?>${refs('').replace(/^<\?xml[^>]*\?>/, '')}<!-- b --><?pi y?>\n`, ER],
  ['whitespace-only element text', session('<SessionId>   </SessionId><UserName>\n\t</UserName>'), 'LogonSession'],
  ['whitespace-only CDATA text', session('<SessionId><![CDATA[  ]]></SessionId>'), 'LogonSession'],
  ['text split by CDATA, comments and child elements', session('<SessionId>a<![CDATA[ <b> ]]>c<!-- x -->d<Child>ignored</Child>e</SessionId>'), 'LogonSession'],
  ['an empty CDATA section', session('<SessionId><![CDATA[]]></SessionId>'), 'LogonSession'],
  ['a self-closed text element', session('<SessionId/>'), 'LogonSession'],
  ['non-breaking space only', session('<SessionId>\u00a0</SessionId>'), 'LogonSession'],
  ['a text element given twice: the first counts', session('<SessionId>one</SessionId><SessionId>two</SessionId>'), 'LogonSession'],
  ['a text element with attributes', session('<SessionId Kind="x">s</SessionId>'), 'LogonSession'],
  ['a missing required element', session('<UserName>u</UserName>'), 'LogonSession'],
  ['a missing required attribute before a missing element', session('<UserName>u</UserName>', 'Type="t"'), 'LogonSession'],
  ['a bad link before a missing required element', session('<Links><Link Rel="Up"/></Links>'), 'LogonSession'],
  ['two Links wrappers', session('<SessionId>s</SessionId><Links><Link Rel="a" Href="1"/></Links><Other/><Links><Link Rel="b" Href="2"/><Link Rel="c"/></Links>'), 'LogonSession'],
  ['links outside their wrapper', session('<SessionId>s</SessionId><Link Rel="a" Href="1"/>'), 'LogonSession'],
  ['refs inside a wrapper that is not in the spec', refs(`<Refs><Ref ${REF}/></Refs>`), ER],
  ['nested unknown elements of known names', refs(`<Future><Ref ${REF}/><Links><Link/></Links></Future><Ref ${REF}/>`), ER],
  ['a ref nested in a ref', refs(`<Ref ${REF}><Ref UID="inner"/></Ref>`), ER],
  ['attributes given with and without a prefix: the last wins', refs(`<Ref ${REF} v:Name="prefixed" xmlns:v="${NS}"/>`), ER],
  ['a prefixed attribute before the plain one', refs(`<Ref UID="u" Href="h" Type="t" p:Name="first" Name="second"/>`), ER],
  ['names with two colons', refs(`<a:b:Ref ${REF.replace('UID=', 'x:y:UID=').replace(' UID=', ' UID=')}/>`), ER],
  ['an xmlns-prefixed element name, which xml2js does not strip', refs(`<xmlnsv:Ref ${REF}/>`), ER],
  ['an xmlns-prefixed attribute name', refs(`<Ref UID="u" Name="n" Type="t" xmlnsq:Href="h"/>`), ER],
  ['the second bad ref is not reported before the first', refs(`<Ref UID="u"/><Ref Name="n"/>`), ER],
  ['a bad link in the first ref and a missing UID', refs(`<Ref Name="n" Href="h" Type="t"><Links><Link Rel="Up"/></Links></Ref>`), ER],
  ['a bad second link', refs(`<Ref ${REF}><Links><Link Rel="a" Href="1"/><Link Href="2"/></Links></Ref>`), ER],
  ['a missing Message and a bad StatusCode', `<Error xmlns="${NS}" StatusCode="x"/>`, 'Error'],
  ['a StatusCode with a sign and spaces', `<Error xmlns="${NS}" Message="m" StatusCode=" +500"/>`, 'Error'],
  ['a StatusCode beyond safe integers', `<Error xmlns="${NS}" Message="m" StatusCode="9007199254740993"/>`, 'Error'],
  ['a StatusCode of +0', `<Error xmlns="${NS}" Message="m" StatusCode="+0"/>`, 'Error'],
  ['Error elements with text', `<Error xmlns="${NS}" Message="m" StatusCode="500"><StackTrace>  at X()\n  at Y()  </StackTrace><FirstChanceExceptionMessage>fc</FirstChanceExceptionMessage></Error>`, 'Error'],
  ['an astral character and entities in text', `<Error xmlns="${NS}" Message="\u{1F600} &quot;q&quot; &apos;a&apos;" StatusCode="500"><StackTrace>&lt;&#x1F600;&gt;</StackTrace></Error>`, 'Error'],
  ['text directly in the root', `<Error xmlns="${NS}">text</Error>`, 'Error'],
  ['an undefined entity', `<Error xmlns="${NS}" Message="&bogus;" StatusCode="1"/>`, 'Error'],
  ['whitespace before the XML declaration', `\uFEFF \r\n\t${refs('')}`, ER],
  ['mismatched end tags', refs(`<Ref ${REF}></Links>`), ER],
  ['an unquoted attribute', refs(`<Ref UID=u/>`), ER],
  ['a comment only', '<!-- nothing -->', ER],
  ['an XML declaration only', '<?xml version="1.0"?>', ER],
  ['text before the root', `x${refs('')}`, ER],
];
