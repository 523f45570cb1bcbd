"""flagger as an HTTP service (`flagger serve`): JSON API, LanguageTool protocol, a page.

Needs the serve extra (`pip install 'flagger[serve]'`); importing this package alone does not.
"""
