// 新建送审: the material list follows the kind select without a reload, conditional materials follow the answers they
// depend on, and a missing required material is named before the form is sent. Without script the page does the same
// on the server (更新材料清单 and the post's own check); the messages come from the page (data-missing).
(function () {
    'use strict';
    var form = document.getElementById('new-case');
    var kind = document.getElementById('kind');
    var list = document.getElementById('material-list');
    if (!form || !kind || !list) {
        return;
    }

    var refresh = document.getElementById('refresh-materials');
    if (refresh) {
        refresh.hidden = true;
    }

    var pasted = document.getElementById('pasted');
    var errors = document.createElement('div');
    errors.id = 'client-errors';
    errors.className = 'errors';
    errors.setAttribute('role', 'alert');
    errors.hidden = true;
    form.insertBefore(errors, form.firstChild);

    function items() {
        return Array.prototype.slice.call(list.querySelectorAll('li.material'));
    }

    function fileInput(item) {
        return item.querySelector('input[type=file]');
    }

    // A material required only for some cases (公平竞争审查表 …) is required once the answer it depends on says so.
    function markConditional() {
        items().forEach(function (item) {
            if (item.dataset.required !== 'when') {
                return;
            }
            var field = document.getElementById(item.dataset.whenField);
            var values = (item.dataset.whenValues || '').split('|');
            var holds = !!field && values.indexOf(field.value.trim()) >= 0;
            item.classList.toggle('required', holds);
        });
    }

    function showKind() {
        var template = document.querySelector('template.kind-materials[data-kind="' + kind.value + '"]');
        if (!template) {
            return;
        }
        var chosen = {};
        items().forEach(function (item) {
            var input = fileInput(item);
            if (input && input.files && input.files.length > 0) {
                chosen[input.name] = input;
            }
        });
        var fresh = template.content.cloneNode(true);
        // A file already chosen for a material the new kind also asks for stays chosen.
        Array.prototype.forEach.call(fresh.querySelectorAll('input[type=file]'), function (input) {
            if (chosen[input.name]) {
                input.parentNode.replaceChild(chosen[input.name], input);
            }
        });
        list.replaceChildren(fresh);
        var ul = list.querySelector('ul.materials');
        var main = document.getElementById('main-material');
        if (main && ul && ul.dataset.mainLabel) {
            main.textContent = ul.dataset.mainLabel;
        }
        var kindName = document.getElementById('materials-kind');
        if (kindName) {
            kindName.textContent = kind.options[kind.selectedIndex].text;
        }
        errors.hidden = true;
        errors.replaceChildren();
        markConditional();
    }

    function missing() {
        return items().filter(function (item) {
            if (!item.classList.contains('required')) {
                return false;
            }
            var input = fileInput(item);
            var hasFile = !!input && !!input.files && input.files.length > 0;
            var hasText = item.dataset.main === 'true' && !!pasted && pasted.value.trim().length > 0;
            return !hasFile && !hasText;
        });
    }

    function check(event) {
        if (event.submitter && event.submitter.id === 'refresh-materials') {
            return;
        }
        items().forEach(function (item) {
            var slot = item.querySelector('.field-error');
            if (slot) {
                slot.textContent = '';
            }
        });
        var absent = missing();
        if (absent.length === 0) {
            errors.hidden = true;
            return;
        }
        event.preventDefault();
        var ul = document.createElement('ul');
        absent.forEach(function (item) {
            var li = document.createElement('li');
            li.textContent = item.dataset.missing;
            ul.appendChild(li);
            var slot = item.querySelector('.field-error');
            if (slot) {
                slot.textContent = item.dataset.missing;
            }
        });
        errors.replaceChildren(ul);
        errors.hidden = false;
        var first = fileInput(absent[0]);
        if (first) {
            first.focus();
        }
    }

    kind.addEventListener('change', showKind);
    form.addEventListener('input', markConditional);
    form.addEventListener('change', markConditional);
    form.addEventListener('submit', check);
    markConditional();
}());
