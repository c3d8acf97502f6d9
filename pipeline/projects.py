"""Moved: the project extractor is the package pipeline/dims/projects/ (one module per step
of its reading, see its docstring). This module stays so that old imports keep working."""
from .dims.projects import ProjectExtractor  # noqa: F401
from .dims.projects.normalize import (NORMALIZERS, norm_head, norm_line, norm_list_item, norm_quoted,  # noqa: F401
                                      norm_repeat, norm_section, norm_strategy)
from .dims.projects.scan import _head_rule_category, _top_level_bar  # noqa: F401
from .dims.projects.vocab import *  # noqa: F401,F403
