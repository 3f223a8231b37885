import { render } from '@testing-library/react'
import { it } from 'vitest'
import { Markdown } from './components/Markdown'

const inputs = [
  '[a](javascript&colon;alert(1))',
  '[a](javascript&#58;alert(1))',
  '[a](&#106;avascript:alert(1))',
  '[a](&#x6A;avascript:alert(1))',
  '[a](java&#x09;script:alert(1))',
  '[a](javascript%3Aalert(1))',
  '<javascript:alert(1)>',
  '<data:text/html,hi>',
  'javascript:alert(1)',
  'www.example.com and https://x.com',
  '[a][r]\n\n[r]: javascript:alert(1)',
  '[a][r]\n\n[r]: &#106;avascript:alert(1)',
  '[a](<javascript:alert(1)>)',
  '[a]( javascript:alert(1))',
  '[a](\\javascript:alert(1))',
  'foo[^1]\n\n[^1]: note [x](javascript:alert(1))',
  'foo[^bar]\n\n[^bar]: note',
  '- [ ] task\n- [x] done',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  '```html\n<script>x</script>\n```',
  '<a href="javascript:alert(1)">x</a>',
  '<!-- comment --> hi',
  '> quote',
  '***',
  '<div>\n\n[a](https://x)\n\n</div>',
  '<style>body{}</style>',
  '<svg onload=alert(1)>',
  '[a](data:image/png;base64,AAAA)',
  '![alt](javascript:alert(1))',
  '[![img](https://x/y.png)](javascript:alert(1))',
  '~~strike~~ ==mark==',
  'Heading\n=====',
  '[a](https://x.com "title")',
  '[a](//evil.com)',
  '<a\nhref="javascript:alert(1)">x</a>',
  'line<br>break',
  '<https://ok.example.com>',
  '[a](vbscript:x)',
  '[a](javascript\u0000:alert(1))',
  '[a](jav&#x0A;ascript:alert(1))',
  '- item\n\n  <img src=x onerror=alert(1)>',
  '[link](https://a.com) - **b** - c',
  '1. one - two * three',
]
it('dump', () => {
  for (const s of inputs) {
    const { container, unmount } = render(<Markdown source={s} />)
    console.log(JSON.stringify(s), '\n   =>', container.innerHTML)
    unmount()
  }
})
