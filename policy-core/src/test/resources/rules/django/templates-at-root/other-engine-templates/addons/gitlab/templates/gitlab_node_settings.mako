<%inherit file="base.mako"/>
<div>${ node_settings }</div>
