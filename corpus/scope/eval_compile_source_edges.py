# execdiff: versions=2.7,3.12,3.13 origin=scope
# eval() skips leading blanks (compile() does not); which parse errors say "unexpected EOF"
# on 2.7 per mode; a one-line compound statement in 'single' mode needs its own newline.
cases = ['1 +', '', '(1', '1 + (', 'x =', 'if', 'lambda', '1 +\n', 'def f(): pass', 'x = 1', '1 2', '[1,', 'a b\n', '  1', '1 +  ', '1 + # c', 'not']
for s in cases:
    for mode in ('eval', 'exec', 'single'):
        try:
            compile(s, '<s>', mode)
            r = 'ok'
        except SyntaxError as e:
            r = '%s line %s' % (e.msg, e.lineno)
        print('%-16r %-6s %s' % (s, mode, r))
    try:
        eval(s)
        r = 'ok'
    except SyntaxError as e:
        r = e.msg
    except Exception as e:
        r = type(e).__name__
    print('%-16r eval() %s' % (s, r))
